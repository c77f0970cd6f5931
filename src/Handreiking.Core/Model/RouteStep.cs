using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A step of the route; number 0 is "voor u begint".</summary>
public sealed record RouteStep : HandbookItem
{
    /// <summary>Number of the step; 0 for "voor u begint".</summary>
    public required int Number { get; init; }

    /// <summary>Explanation in Markdown.</summary>
    public required string Explanation { get; init; }

    /// <summary>Questions to ask: checklist items.</summary>
    public required IReadOnlyList<string> Questions { get; init; }

    /// <summary>What to do: checklist items.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Extra lists, such as the contents of a plan van aanpak.</summary>
    public required IReadOnlyList<NamedList> Lists { get; init; }

    /// <summary>Do's and don'ts.</summary>
    public required IReadOnlyList<Tip> Tips { get; init; }

    /// <summary>When and how to use this item's checklist, as far as the content says.</summary>
    public ChecklistUse ChecklistUse { get; init; } = ChecklistUse.None;

    /// <summary>The phase the step belongs to; none for "voor u begint".</summary>
    public Phase? Phase { get; internal set; }

    /// <summary>Methods to use in this step.</summary>
    public IReadOnlyList<Method> Methods { get; internal set; } = [];

    /// <summary>Success factors that matter in this step.</summary>
    public IReadOnlyList<SuccessFactor> Factors { get; internal set; } = [];

    /// <summary>The sources that describe this step.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>Cases that show this step.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Step;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(RouteStep? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
