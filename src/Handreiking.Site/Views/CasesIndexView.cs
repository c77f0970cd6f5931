using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One page of the cases list: its cards, the filters over all cases, and where the browser finds the compact index of all cases.</summary>
/// <param name="Total">The number of all cases.</param>
/// <param name="TotalLabel">The number of all cases in words ("43 praktijkvoorbeelden").</param>
/// <param name="IndexUrl">The compact index of all cases (JSON) that filtering and sorting read.</param>
/// <param name="Pager">The list's pages; nothing when all cases fit on one.</param>
public sealed record CasesIndexView(
    TrustedHtml IntroHtml,
    IReadOnlyList<CaseRow> Cases,
    IReadOnlyList<FacetView> Facets,
    int Total,
    string TotalLabel,
    string IndexUrl,
    PagerView? Pager);
