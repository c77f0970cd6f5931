using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A phase of the route, such as analyse or uitvoering.</summary>
public sealed record Phase : HandbookItem
{
    /// <summary>Position in the route, 1 first.</summary>
    public required int Order { get; init; }

    /// <summary>The steps in this phase, by number.</summary>
    public IReadOnlyList<RouteStep> Steps { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Phase;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Phase? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
