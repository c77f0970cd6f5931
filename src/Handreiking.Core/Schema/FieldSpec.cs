namespace Handreiking.Core.Schema;

/// <summary>One key of a content kind: its Dutch name, type, whether it is required, and what it means.</summary>
internal sealed record FieldSpec(string Key, FieldType Type, bool Required, string Description)
{
    /// <summary>For references: the kind the id belongs to.</summary>
    public ContentKind? Target { get; init; }

    /// <summary>For <see cref="FieldType.Choice"/>: the allowed words.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For <see cref="FieldType.Choice"/>: words editors write instead, and the choice they mean ("Nederland" → NL).</summary>
    public IReadOnlyDictionary<string, string> ChoiceAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True for a name or a title (of an organisation, a place, a publication, a section of a
    /// source, a glossary term): the B1 checks leave it alone, because an editor cannot rewrite it.
    /// </summary>
    public bool IsName { get; init; }

    /// <summary>For <see cref="FieldType.ObjectList"/>: the keys of each entry.</summary>
    public IReadOnlyList<FieldSpec> ItemFields { get; init; } = [];
}
