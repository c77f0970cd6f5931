namespace Handreiking.Site.Views;

/// <summary>The search page: facet labels for the script, and the index pages for readers without JavaScript or without results.</summary>
public sealed record SearchView(IReadOnlyList<FacetView> Facets, IReadOnlyList<LinkView> IndexPages);
