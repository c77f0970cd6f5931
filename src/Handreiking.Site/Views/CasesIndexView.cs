using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The cases index.</summary>
public sealed record CasesIndexView(TrustedHtml IntroHtml, IReadOnlyList<CaseRow> Cases, IReadOnlyList<FacetView> Facets);
