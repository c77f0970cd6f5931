namespace Handreiking.Site.Views;

/// <summary>One method.</summary>
public sealed record MethodView(
    string NumberLabel,
    string Summary,
    string ExplanationHtml,
    ListView? HowTo,
    string ResultsHtml,
    IReadOnlyList<ListView> Lists,
    IReadOnlyList<TipView> Dos,
    IReadOnlyList<TipView> Donts,
    IReadOnlyList<CitationView> Citations);
