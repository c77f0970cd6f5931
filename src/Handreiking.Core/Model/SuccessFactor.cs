using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A success factor: something that makes a project work.</summary>
public sealed record SuccessFactor : HandbookItem
{
    /// <summary>Explanation in Markdown.</summary>
    public required string Explanation { get; init; }

    /// <summary>What to do: checklist items.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Do's and don'ts.</summary>
    public required IReadOnlyList<Tip> Tips { get; init; }

    /// <summary>When and how to use this item's checklist, as far as the content says.</summary>
    public ChecklistUse ChecklistUse { get; init; } = ChecklistUse.None;

    /// <summary>The sources that name this factor.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>The cluster the factor belongs to.</summary>
    public Cluster? Cluster { get; internal set; }

    /// <summary>Related factors, as the content names them.</summary>
    public IReadOnlyList<SuccessFactor> Related { get; internal set; } = [];

    /// <summary>Cases that illustrate this factor.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <summary>Steps of the route that rely on this factor.</summary>
    public IReadOnlyList<RouteStep> Steps { get; internal set; } = [];

    /// <summary>Methods that rely on this factor.</summary>
    public IReadOnlyList<Method> Methods { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.SuccessFactor;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(SuccessFactor? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
