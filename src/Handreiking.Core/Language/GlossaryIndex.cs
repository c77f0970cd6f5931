using Handreiking.Core.Model;

namespace Handreiking.Core.Language;

/// <summary>Every word the glossary explains (terms and synonyms), to see whether a jargon word has an explanation.</summary>
internal sealed class GlossaryIndex(IEnumerable<GlossaryTerm> glossary)
{
    private readonly List<string> _forms = [.. glossary.SelectMany(g => g.Forms).Select(f => f.Trim().ToLowerInvariant())];

    /// <summary>True when a term or synonym starts with the jargon stem, and so explains the words that start with it.</summary>
    /// <param name="stem">A stem from <see cref="JargonList"/>.</param>
    public bool Explains(string stem) => _forms.Any(f => f.StartsWith(stem, StringComparison.Ordinal));
}
