namespace Handreiking.Core.Model;

/// <summary>A do or a don't, attached to the factor, step or method it belongs to.</summary>
/// <param name="Kind">Do or don't.</param>
/// <param name="Text">The tip.</param>
/// <param name="OwnerId">Id of the factor, step or method.</param>
/// <param name="OwnerKind">Kind of the owner.</param>
public sealed record Tip(TipKind Kind, string Text, string OwnerId, Schema.ContentKind OwnerKind);
