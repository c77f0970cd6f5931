namespace Handreiking.Site.Views;

/// <summary>A factor in the overview: how many sources name it drives the bar's length.</summary>
public sealed record FactorCard(string Url, string Title, string Summary, int SourceCount, string SourceCountLabel, int BarPercent, int CaseCount);
