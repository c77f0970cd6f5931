namespace Handreiking.Site.Views;

/// <summary>One of the three answers of the quick scan: its value in the address and its label.</summary>
public sealed record QuickScanLevelView(string Value, string Label);
