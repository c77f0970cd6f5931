namespace Handreiking.Core.Language;

/// <summary>A text split into words and sentences, with offsets into the text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Words">Every word, in order.</param>
/// <param name="Sentences">Every sentence, in order.</param>
internal sealed record Prose(string Text, IReadOnlyList<ProseWord> Words, IReadOnlyList<ProseSentence> Sentences)
{
    public string WordText(ProseWord word) => Text.Substring(word.Start, word.Length);
}
