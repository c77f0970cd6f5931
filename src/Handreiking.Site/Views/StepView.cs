using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One step of the route.</summary>
public sealed record StepView(
    string NumberLabel,
    LinkView? Phase,
    string Summary,
    TrustedHtml ExplanationHtml,
    IReadOnlyList<ListView> Lists,
    IReadOnlyList<TipView> Dos,
    IReadOnlyList<TipView> Donts,
    IReadOnlyList<CitationView> Citations,
    LinkView? Previous,
    LinkView? Next);
