namespace Handreiking.Site.Views;

/// <summary>The cases index.</summary>
public sealed record CasesIndexView(string IntroHtml, IReadOnlyList<CaseRow> Cases, IReadOnlyList<FacetView> Facets);
