namespace Handreiking.Core.Language;

/// <summary>A word in a text: where it starts, how long it is, whether it stands in a name or title, and its sentence.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="InName">True inside a title in italics, a name in quotes, or code.</param>
/// <param name="Sentence">Index of the sentence the word belongs to.</param>
internal readonly record struct ProseWord(int Start, int Length, bool InName, int Sentence);
