namespace Handreiking.Site.Views;

/// <summary>A facet value of a page for the search index (Pagefind filter), such as thema = Taal.</summary>
public sealed record SearchFilter(string Name, string Value);
