using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A theme from the handbook's small controlled list.</summary>
public sealed record Theme : HandbookItem
{
    /// <summary>Cases on this theme.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Theme;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Theme? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
