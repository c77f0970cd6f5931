using Handreiking.Core.Schema;

namespace Handreiking.Core.Model;

/// <summary>
/// A glossary entry (begrip): a term the content uses that a reader may not know, such as a
/// piece of jargon or a Flemish word, with a short explanation in plain language. The
/// <see cref="HandbookItem.Title"/> is the term and the <see cref="HandbookItem.Summary"/> its
/// explanation. Fully built when created; two entries are equal when they have the same id.
/// </summary>
public sealed record GlossaryTerm : HandbookItem
{
    /// <summary>Other forms of the term, or words with the same meaning, that the explanation also covers.</summary>
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>The country whose word it is (a Flemish word is <see cref="Model.Country.BE"/>), if the entry says.</summary>
    public Country? Country { get; init; }

    /// <summary>The sources that use the term.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The term and its synonyms: every form the explanation covers.</summary>
    public IEnumerable<string> Forms => Synonyms.Prepend(Title);

    /// <inheritdoc />
    public override ContentKind Kind => ContentKind.Glossary;

    /// <summary>Entries are entities: compared by id (the kind is the same for every entry), not by their text.</summary>
    /// <param name="other">The entry to compare with.</param>
    public bool Equals(GlossaryTerm? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Id));
}
