namespace Handreiking.Core.Language;

/// <summary>Something a B1 check found in one text value, before acceptances and before it becomes a warning.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Offset">Offset in the value of the word or sentence it is about.</param>
/// <param name="Word">The word in lower case, for rules about a word; empty for rules about a sentence.</param>
/// <param name="Stem">For jargon: the stem from <see cref="JargonList"/>.</param>
/// <param name="Message">What is wrong, in plain Dutch.</param>
/// <param name="Hint">How to fix it, in plain Dutch.</param>
internal sealed record LanguageFinding(LanguageRule Rule, int Offset, string Word, string? Stem, string Message, string Hint);
