namespace Handreiking.Site.Views;

/// <summary>The quick scan "Hoe staat uw project ervoor?": every factor by cluster, three levels each.</summary>
public sealed record QuickScanView(IReadOnlyList<QuickScanClusterView> Clusters, IReadOnlyList<QuickScanLevelView> Levels, string LibraryUrl);
