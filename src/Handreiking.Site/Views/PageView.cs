namespace Handreiking.Site.Views;

/// <summary>What the layout needs for every page: head metadata, navigation, breadcrumb and footer data.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }
    public required string SiteTitle { get; init; }
    public string? SiteSubtitle { get; init; }
    public required string Title { get; init; }
    public required string DocumentTitle { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string OgType { get; init; }
    public required string OgLocale { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required IReadOnlyList<NavItem> Nav { get; init; }
    public string? EditUrl { get; init; }
    public string? LastUpdated { get; init; }
    public string? LastUpdatedIso { get; init; }
    public string? SourceYears { get; init; }
    public required IReadOnlyList<RelatedGroup> Related { get; init; }
    public required string CssUrl { get; init; }
    public required IReadOnlyList<string> Scripts { get; init; }
    public required bool IsSearchable { get; init; }
    public required IReadOnlyList<SearchFilter> SearchFilters { get; init; }
    public string? SearchKind { get; init; }
    /// <summary>What a search result shows after the kind: a case's place, a factor's group.</summary>
    public string? SearchDetail { get; init; }
    /// <summary>Whether the page is content a reader may share or print (not the home, search or 404 page).</summary>
    public bool IsContent { get; init; }
    public required string SearchUrl { get; init; }
}
