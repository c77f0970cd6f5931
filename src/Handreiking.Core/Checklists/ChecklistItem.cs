using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Checklists;

/// <summary>One point to tick off, in the exact words of the content, and exactly where it comes from.</summary>
/// <param name="Text">The point (inline Markdown, as written).</param>
/// <param name="OriginKind">Kind of the item it comes from.</param>
/// <param name="OriginId">Id of the item it comes from.</param>
/// <param name="OriginKey">The content key it was written under, such as <c>acties</c> or <c>lijsten</c>.</param>
/// <param name="Index">Its 0-based position under that key.</param>
/// <param name="Tip">For do's and don'ts: which of the two.</param>
public sealed record ChecklistItem(string Text, ContentKind OriginKind, string OriginId, string OriginKey, int Index, TipKind? Tip = null);
