using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A target group: who a project wants to reach, and how.</summary>
public sealed record TargetGroup : HandbookItem
{
    /// <summary>Characteristics of the group.</summary>
    public required IReadOnlyList<string> Characteristics { get; init; }

    /// <summary>How to reach the group.</summary>
    public required IReadOnlyList<string> HowToReach { get; init; }

    /// <summary>Whether the neighbourhood approach suits the group; null when the content does not say.</summary>
    public bool? SuitsNeighbourhoodApproach { get; init; }

    /// <summary>The sources that describe the group.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>Cases aimed at this group.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.TargetGroup;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(TargetGroup? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
