namespace Handreiking.Core.Language;

/// <summary>A word the term policy rules out, written as the start of a word in lower case, and what to write instead.</summary>
/// <param name="Stem">The start of the word, in lower case.</param>
/// <param name="Instead">What to write instead, as a hint for the editor.</param>
internal sealed record AvoidedTerm(string Stem, string Instead)
{
    /// <summary>The words of the term policy in content/README.md ("Woorden die we gebruiken").</summary>
    public static IReadOnlyList<AvoidedTerm> Policy { get; } =
    [
        new("allochto", "Schrijf 'migranten' of 'met een migratieachtergrond'."),
        new("autochto", "Schrijf bijvoorbeeld 'zonder migratieachtergrond'."),
        new("bzk-handboek", "Schrijf 'de BZK-handreiking'."),
        new("tien-minutengesprek", "Schrijf 'tienminutengesprek', aan elkaar."),
        new("10-minutengesprek", "Schrijf 'tienminutengesprek', aan elkaar."),
    ];

    /// <summary>The policy's entry for a word, or null.</summary>
    /// <param name="lowerWord">The word, in lower case.</param>
    public static AvoidedTerm? Find(ReadOnlySpan<char> lowerWord)
    {
        foreach (var term in Policy)
        {
            if (lowerWord.StartsWith(term.Stem, StringComparison.Ordinal))
            {
                return term;
            }
        }

        return null;
    }
}
