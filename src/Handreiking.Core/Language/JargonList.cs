using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Handreiking.Core.Language;

/// <summary>
/// Words a reader at taalniveau B1 may not know: jargon of policy and social work, and Flemish
/// words. Each is written as the start of a word, so "stakeholder" also finds "stakeholders" and
/// "stakeholderanalyse". A word from this list needs an entry in <c>begrippen/</c> whose term or
/// synonym starts the same way; or a plainer word.
/// </summary>
internal static class JargonList
{
    /// <summary>The word starts, in lower case.</summary>
    public static IReadOnlyList<string> Stems { get; } =
    [
        // Jargon of policy and social work.
        "empower", "backoffice", "frontoffice", "stakeholder", "win-win", "outreach", "interculturali", "vve",
        "smarti", "participatiecoach", "trajectbegeleid", "casemanager", "mandaat", "mandaten", "regie", "regisseur",
        "draagvlak", "olievlek", "sleutelfigu", "integraal", "integrale", "monitor", "pilot", "voortraject",
        "instaptraject", "instapcursus", "toeleidingstraject", "starttraject", "laaggeletterd", "college",
        "organogram", "indicator", "facilitair", "quickscan", "klankbordgroep", "werkconferentie", "convenant",

        // Flemish words.
        "schepen", "stadsbedrij", "flankerend", "opvoedingswinkel", "sensibiliser", "responsabiliser",
    ];

    /// <summary>The stems by their first letter: a word is compared with the few that can match, not all of them.</summary>
    private static readonly FrozenDictionary<char, string[]> ByFirstLetter =
        Stems.GroupBy(s => s[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The longest stem the word starts with, or null when it is no jargon.</summary>
    /// <param name="lowerWord">The word, in lower case.</param>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? StemOf(ReadOnlySpan<char> lowerWord)
    {
        if (lowerWord.IsEmpty || !ByFirstLetter.TryGetValue(lowerWord[0], out var stems))
        {
            return null;
        }

        string? best = null;
        foreach (var stem in stems)
        {
            if (lowerWord.StartsWith(stem, StringComparison.Ordinal) && (best is null || stem.Length > best.Length))
            {
                best = stem;
            }
        }

        return best;
    }
}
