namespace Handreiking.Site.Views;

/// <summary>A cluster of success factors in the quick scan.</summary>
public sealed record QuickScanClusterView(string Id, string Title, IReadOnlyList<QuickScanFactorView> Factors);
