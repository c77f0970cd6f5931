namespace Handreiking.Site.Views;

/// <summary>A case in the cases index.</summary>
/// <param name="Facets">Facet values of the case, for filtering the list in the browser: name and values joined with "|".</param>
public sealed record CaseRow(string Url, string Title, string Summary, string Place, string Country, string Organisation, IReadOnlyList<string> Themes, IReadOnlyList<string> TargetGroups, IReadOnlyList<SearchFilter> Facets);
