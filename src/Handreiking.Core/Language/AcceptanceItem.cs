namespace Handreiking.Core.Language;

/// <summary>One rule in a <c># b1-ok:</c> comment: which rule, for which word (or any), how many warnings, and how many it accepted so far.</summary>
internal sealed class AcceptanceItem(LanguageRule rule, string? word, int count)
{
    public LanguageRule Rule { get; } = rule;

    public string? Word { get; } = word;

    public int Count { get; } = count;

    public int Used { get; private set; }

    public bool TryAccept(LanguageFinding finding)
    {
        var wordMatches = Word is null
            || string.Equals(Word, finding.Word, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Word, finding.Stem, StringComparison.OrdinalIgnoreCase);
        if (finding.Rule != Rule || !wordMatches || Used >= Count)
        {
            return false;
        }

        Used++;
        return true;
    }
}
