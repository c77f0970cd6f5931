namespace Handreiking.Site.Views;

/// <summary>A cluster of factors in the overview.</summary>
public sealed record ClusterView(string Id, string Title, string Summary, IReadOnlyList<FactorCard> Factors);
