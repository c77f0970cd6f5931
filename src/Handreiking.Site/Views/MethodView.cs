using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One method.</summary>
public sealed record MethodView(
    string NumberLabel,
    string Summary,
    TrustedHtml ExplanationHtml,
    ListView? HowTo,
    TrustedHtml ResultsHtml,
    IReadOnlyList<ListView> Lists,
    IReadOnlyList<TipView> Dos,
    IReadOnlyList<TipView> Donts,
    IReadOnlyList<CitationView> Citations);
