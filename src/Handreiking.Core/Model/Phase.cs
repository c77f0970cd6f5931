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
}
