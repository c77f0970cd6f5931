using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A method, with its own numbered how-to steps.</summary>
public sealed record Method : HandbookItem
{
    /// <summary>Number of the method.</summary>
    public required int Number { get; init; }

    /// <summary>Explanation in Markdown.</summary>
    public required string Explanation { get; init; }

    /// <summary>The numbered how-to steps: checklist items.</summary>
    public required IReadOnlyList<string> HowTo { get; init; }

    /// <summary>What the method yields, in Markdown.</summary>
    public string? Results { get; init; }

    /// <summary>Extra lists.</summary>
    public required IReadOnlyList<NamedList> Lists { get; init; }

    /// <summary>Do's and don'ts.</summary>
    public required IReadOnlyList<Tip> Tips { get; init; }

    /// <summary>When and how to use this item's checklist, as far as the content says.</summary>
    public ChecklistUse ChecklistUse { get; init; } = ChecklistUse.None;

    /// <summary>Success factors this method relies on.</summary>
    public IReadOnlyList<SuccessFactor> Factors { get; internal set; } = [];

    /// <summary>The sources that describe this method.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>Steps of the route that use this method.</summary>
    public IReadOnlyList<RouteStep> Steps { get; internal set; } = [];

    /// <summary>Cases that apply this method.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Method;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Method? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
