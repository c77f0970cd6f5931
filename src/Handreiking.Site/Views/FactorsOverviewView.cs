namespace Handreiking.Site.Views;

/// <summary>The success factors by cluster, with the number of sources that name each.</summary>
public sealed record FactorsOverviewView(IReadOnlyList<ClusterView> Clusters, int MaxSources, int FactorCount);
