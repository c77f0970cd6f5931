using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A type of partner organisation, such as a school or a housing corporation.</summary>
public sealed record OrganisationType : HandbookItem
{
    /// <summary>Examples of such organisations.</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    /// <summary>The sources that name this type.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>Cases with this type of partner.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.OrganisationType;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(OrganisationType? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
