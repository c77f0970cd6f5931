using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A fund or scheme that gives subsidies.</summary>
public sealed record Fund : HandbookItem
{
    /// <summary>Website of the fund.</summary>
    public string? Website { get; init; }

    /// <summary>The sources that name the fund.</summary>
    public IReadOnlyList<Citation> Citations { get; internal set; } = [];

    /// <summary>Cases paid for by this fund.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Fund;

    /// <summary>Equal when kind and id are equal; the links are not compared (see <see cref="HandbookItem"/>).</summary>
    /// <param name="other">The item to compare with.</param>
    public bool Equals(Fund? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
