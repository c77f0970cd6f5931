namespace Handreiking.Core.Language;

/// <summary>A sentence: the offset of its first word and how many words it has.</summary>
/// <param name="Start">Offset of the first word in the text.</param>
/// <param name="WordCount">Number of words.</param>
internal readonly record struct ProseSentence(int Start, int WordCount);
