namespace Handreiking.Site.Views;

/// <summary>A source cited on a page: link to its entry in the bibliography, its section and year.</summary>
public sealed record CitationView(string Url, string Title, string? Section, string? Year, string? Publisher);
