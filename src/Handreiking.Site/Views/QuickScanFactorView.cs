namespace Handreiking.Site.Views;

/// <summary>A success factor in the quick scan: the reader marks where the project stands on it.</summary>
public sealed record QuickScanFactorView(string Id, string Url, string Title, string Summary);
