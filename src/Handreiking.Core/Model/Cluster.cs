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

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Cluster? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
