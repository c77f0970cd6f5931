using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Language;

/// <summary>The names editors write in a <c># b1-ok:</c> comment, and the diagnostic code of each rule.</summary>
internal static class LanguageRules
{
    /// <summary>Taalniveau B1: sentences of at most this many words.</summary>
    public const int MaxWordsPerSentence = 20;

    private static readonly (LanguageRule Rule, string Name, string Code)[] All =
    [
        (LanguageRule.LongSentence, "lange-zin", DiagnosticCodes.LongSentence),
        (LanguageRule.Jargon, "vakterm", DiagnosticCodes.UnexplainedJargon),
        (LanguageRule.AvoidedTerm, "term", DiagnosticCodes.AvoidedTerm),
        (LanguageRule.InformalAddress, "je", DiagnosticCodes.InformalAddress),
        (LanguageRule.LongSummary, "samenvatting", DiagnosticCodes.LongSummary),
    ];

    /// <summary>Every rule name, in the order of the rules.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(r => r.Name)];

    public static string NameOf(LanguageRule rule) => All.First(r => r.Rule == rule).Name;

    public static string CodeOf(LanguageRule rule) => All.First(r => r.Rule == rule).Code;

    public static LanguageRule? FromName(string name) =>
        All.Where(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)).Select(r => (LanguageRule?)r.Rule).FirstOrDefault();
}
