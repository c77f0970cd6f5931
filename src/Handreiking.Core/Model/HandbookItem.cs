using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>
/// An item of the handbook that has its own file: its id (the file name), title, one-sentence
/// summary and where it was read from. Links to other items are set once all items exist, so
/// every item can reach the items it names and the items that name it. Because those links can
/// form circles (a case names a factor that lists the case), items are equal when their kind and
/// id are equal, and print as kind and id: equality, hashing and printing never walk the links.
/// </summary>
public abstract record HandbookItem
{
    /// <summary>The id: the file name without extension, a slug such as <c>huisbezoeken</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence that says what the item is about.</summary>
    public required string Summary { get; init; }

    /// <summary>The file the item was read from, relative to the content folder.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// The ids the item had before it was renamed (<c>vorige-ids</c>), as written: their
    /// addresses lead to this item. Empty for kinds without a page of their own.
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; internal set; } = [];

    /// <summary>The kind of item.</summary>
    public abstract ContentKind Kind { get; }

    /// <summary>Equal when kind and id are equal; the links are not compared.</summary>
    /// <param name="other">The item to compare with.</param>
    public virtual bool Equals(HandbookItem? other) =>
        other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>Kind and id, such as <c>Case taalbazaar-schiedam</c>.</summary>
    public sealed override string ToString() => $"{Kind} {Id}";
}
