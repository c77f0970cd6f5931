using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>
/// A practice case (praktijkvoorbeeld), described the way the field describes practice: goal,
/// target group, approach, implementation, results, working elements and lessons.
/// </summary>
public sealed record PracticeCase : HandbookItem
{
    /// <summary>The organisation(s) that ran it.</summary>
    public required string Organisation { get; init; }

    /// <summary>Town, city or region.</summary>
    public required string Place { get; init; }

    /// <summary>Country.</summary>
    public required Country Country { get; init; }

    /// <summary>When it ran, as written (for example "2009-2010").</summary>
    public string? Period { get; init; }

    /// <summary>
    /// True for a short case (kort voorbeeld): the source says little more than what is here, so
    /// the case is shown as short rather than padded with text the source does not support.
    /// </summary>
    public bool IsShort { get; init; }

    /// <summary>Goal (doel), Markdown.</summary>
    public required string Goal { get; init; }

    /// <summary>Approach (aanpak), Markdown.</summary>
    public required string Approach { get; init; }

    /// <summary>Implementation and preconditions (uitvoering en randvoorwaarden), Markdown.</summary>
    public string? Implementation { get; init; }

    /// <summary>Results, including evaluations, Markdown.</summary>
    public string? Results { get; init; }

    /// <summary>Working elements (werkzame elementen).</summary>
    public required IReadOnlyList<string> WorkingElements { get; init; }

    /// <summary>Lessons.</summary>
    public required IReadOnlyList<string> Lessons { get; init; }

    /// <summary>Products to download.</summary>
    public required IReadOnlyList<Product> Products { get; init; }

    /// <summary>Website of the project.</summary>
    public string? Website { get; init; }

    /// <summary>Target groups.</summary>
    public IReadOnlyList<TargetGroup> TargetGroups { get; internal set; } = [];

    /// <summary>Themes.</summary>
    public IReadOnlyList<Theme> Themes { get; internal set; } = [];

    /// <summary>Success factors the case illustrates.</summary>
    public IReadOnlyList<SuccessFactor> Factors { get; internal set; } = [];

    /// <summary>Methods the case applies.</summary>
    public IReadOnlyList<Method> Methods { get; internal set; } = [];

    /// <summary>Route steps the case shows.</summary>
    public IReadOnlyList<RouteStep> Steps { get; internal set; } = [];

    /// <summary>Types of partner organisations involved.</summary>
    public IReadOnlyList<OrganisationType> OrganisationTypes { get; internal set; } = [];

    /// <summary>Funds that paid for it.</summary>
    public IReadOnlyList<Fund> Funds { get; internal set; } = [];

    /// <summary>The sources that describe the case.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Case;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(PracticeCase? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
