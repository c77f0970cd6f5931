namespace Handreiking.Site.Views;

/// <summary>The quick scan "Hoe staat uw project ervoor?": every factor by cluster, three levels each, and texts for the script.</summary>
public sealed record QuickScanView(IReadOnlyList<QuickScanClusterView> Clusters, IReadOnlyList<QuickScanLevelView> Levels, string Strings, string LibraryUrl);
