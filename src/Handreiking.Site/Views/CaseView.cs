namespace Handreiking.Site.Views;

/// <summary>One practice case.</summary>
public sealed record CaseView(
    string Summary,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ListView> Lists,
    IReadOnlyList<LinkView> Products,
    IReadOnlyList<CitationView> Citations);
