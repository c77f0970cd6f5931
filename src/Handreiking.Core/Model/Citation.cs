namespace Handreiking.Core.Model;

/// <summary>A source that names an item, and the section of the source where it does.</summary>
/// <param name="Source">The source.</param>
/// <param name="Section">Chapter, heading or page in the source, if given.</param>
public sealed record Citation(Source Source, string? Section);
