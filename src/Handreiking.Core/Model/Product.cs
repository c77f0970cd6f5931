namespace Handreiking.Core.Model;

/// <summary>A product of a case that readers can download or look up.</summary>
/// <param name="Title">Name of the product.</param>
/// <param name="Description">What it is, if given.</param>
/// <param name="Url">Where to find it, if given.</param>
public sealed record Product(string Title, string? Description, string? Url);
