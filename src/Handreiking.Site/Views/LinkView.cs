namespace Handreiking.Site.Views;

/// <summary>A link to another page or section, with optional summary and meta line.</summary>
public sealed record LinkView(string Url, string Title, string? Summary = null, string? Meta = null);
