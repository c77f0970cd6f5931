using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One success factor.</summary>
/// <param name="Cases">The most relevant cases.</param>
/// <param name="AllCases">When there are more cases than shown: a link to all of them in the cases list.</param>
public sealed record FactorView(
    LinkView? Cluster,
    string Summary,
    TrustedHtml ExplanationHtml,
    ListView? Actions,
    IReadOnlyList<TipView> Dos,
    IReadOnlyList<TipView> Donts,
    IReadOnlyList<CitationView> Citations,
    string SourceCountLabel,
    IReadOnlyList<LinkView> Cases,
    LinkView? AllCases = null);
