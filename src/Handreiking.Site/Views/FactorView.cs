using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One success factor.</summary>
public sealed record FactorView(
    LinkView? Cluster,
    string Summary,
    TrustedHtml ExplanationHtml,
    ListView? Actions,
    IReadOnlyList<TipView> Dos,
    IReadOnlyList<TipView> Donts,
    IReadOnlyList<CitationView> Citations,
    string SourceCountLabel,
    IReadOnlyList<LinkView> Cases);
