namespace Handreiking.Core.Language;

/// <summary>The B1 checks. Each one gives a warning, never an error: plain language is a goal, not a gate.</summary>
internal enum LanguageRule
{
    /// <summary>A sentence of more than <see cref="LanguageRules.MaxWordsPerSentence"/> words.</summary>
    LongSentence,

    /// <summary>A jargon word that no glossary entry explains.</summary>
    Jargon,

    /// <summary>A word the term policy rules out, outside a name or title.</summary>
    AvoidedTerm,

    /// <summary>"je", "jij", "jou" or "jouw" in running text.</summary>
    InformalAddress,

    /// <summary>A summary of more than one sentence.</summary>
    LongSummary,
}
