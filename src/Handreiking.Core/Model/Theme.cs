using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>A theme from the handbook's small controlled list.</summary>
public sealed record Theme : HandbookItem
{
    /// <summary>Cases on this theme.</summary>
    public IReadOnlyList<PracticeCase> Cases { get; internal set; } = [];

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Theme;
}
