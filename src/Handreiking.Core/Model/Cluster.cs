using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A group of success factors.</summary>
public sealed record Cluster : HandbookItem
{
    /// <summary>Position in overviews, 1 first.</summary>
    public required int Order { get; init; }

    /// <summary>The factors in this cluster, by title.</summary>
    public IReadOnlyList<SuccessFactor> Factors { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Cluster;
}
