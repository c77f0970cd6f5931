using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Handreiking.Core.Language;

/// <summary>
/// Splits a text (plain or Markdown) into sentences and words, the way a reader counts them:
/// a paragraph, a list item and a heading each end a sentence; a full stop ends one unless it
/// closes an abbreviation; Markdown syntax and link addresses are not words. Marks the words
/// that stand in a name or title: in italics (<c>*…*</c>), in quotes or in code.
/// </summary>
internal static partial class ProseScanner
{
    /// <summary>Abbreviations whose full stop does not end a sentence, without that stop.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bijv", "bv", "o.a", "e.d", "enz", "etc", "d.w.z", "m.b.t", "i.p.v", "t.o.v", "n.a.v", "z.s.m", "t.z.t", "a.u.b",
        "nr", "ca", "mr", "dr", "drs", "ir", "ing", "prof", "st", "blz", "p", "jl", "resp", "evt", "incl", "excl", "vs", "mw", "dhr",
    };

    /// <summary>The abbreviations, looked up by a word's characters without making a string of it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word: letters and digits, joined by an apostrophe, full stop, ampersand or hyphen (zo'n, o.a., I&amp;O, e-mail) or a decimal comma (2,5).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:(?:['’.&\-]|(?<=\d),(?=\d))[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Titles and names are short; a quote that does not close within this many characters is no quote (and the scan stays linear).</summary>
    private const int MaxNameLength = 300;

    [GeneratedRegex(@"^(?:[-*+]|(?<number>\d{1,9})[.)])[ \t]+|^#{1,6}[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex BlockMarker();

    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Prose Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var skip = new bool[text.Length];
        var name = new bool[text.Length];
        MarkLinkAddresses(text, skip);

        var words = new List<ProseWord>();
        var sentences = new List<ProseSentence>();
        var unitWords = new List<(int Index, int Length)>();
        foreach (var (start, end) in Units(text))
        {
            MarkNames(text, start, end, skip, name);
            unitWords.Clear();
            foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(0, end), start))
            {
                if (!skip[m.Index])
                {
                    unitWords.Add((m.Index, m.Length));
                }
            }

            for (var i = 0; i < unitWords.Count; i++)
            {
                var word = unitWords[i];
                if (i == 0 || EndsSentence(text, skip, unitWords[i - 1], word))
                {
                    sentences.Add(new ProseSentence(word.Index, 0));
                }

                var sentence = sentences.Count - 1;
                sentences[sentence] = sentences[sentence] with { WordCount = sentences[sentence].WordCount + 1 };
                words.Add(new ProseWord(word.Index, word.Length, name[word.Index], sentence));
            }
        }

        return new Prose(text, words, sentences);
    }

    /// <summary>
    /// The blocks of a text that no sentence crosses: paragraphs (lines up to a blank line),
    /// list items, headings and table rows. A list item's marker is not part of its block.
    /// </summary>
    private static List<(int Start, int End)> Units(string text)
    {
        var units = new List<(int Start, int End)>();
        int? open = null;
        var openEnd = 0;
        var openIsItem = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t' or '\r')
            {
                first++;
            }

            // Only a line that starts like a marker is matched (and copied): most lines are prose.
            var line = first < lineEnd && text[first] is '-' or '*' or '+' or '#' or (>= '0' and <= '9') ? text[first..lineEnd] : null;
            var marker = line is null ? Match.Empty : BlockMarker().Match(line);
            // As in CommonMark, a numbered item interrupts a paragraph only when it starts at 1,
            // so "in\n2009. Daarna" stays one paragraph.
            var isMarker = marker.Success && (open is null || openIsItem || !marker.Groups["number"].Success || marker.Groups["number"].Value == "1");
            if (first == lineEnd || isMarker || text[first] == '|')
            {
                if (open is not null)
                {
                    units.Add((open.Value, openEnd));
                    open = null;
                }

                if (isMarker && text[first] == '#')
                {
                    units.Add((first + marker.Length, lineEnd));
                }
                else if (isMarker)
                {
                    open = first + marker.Length;
                    openEnd = lineEnd;
                    openIsItem = true;
                }
                else if (first < lineEnd)
                {
                    units.Add((first, lineEnd));
                }
            }
            else
            {
                if (open is null)
                {
                    open = first;
                    openIsItem = false;
                }

                openEnd = lineEnd;
            }

            lineStart = lineEnd + 1;
        }

        if (open is not null)
        {
            units.Add((open.Value, openEnd));
        }

        return units;
    }

    /// <summary>A sentence ends between two words when the text between them has ! or ?, or a full stop that does not close an abbreviation.</summary>
    private static bool EndsSentence(string text, bool[] skip, (int Index, int Length) previous, (int Index, int Length) next)
    {
        var stop = false;
        for (var i = previous.Index + previous.Length; i < next.Index; i++)
        {
            if (skip[i])
            {
                continue;
            }

            switch (text[i])
            {
                case '!' or '?' or '…':
                    return true;
                case '.':
                    stop = true;
                    break;
            }
        }

        if (!stop)
        {
            return false;
        }

        var word = text.AsSpan(previous.Index, previous.Length);
        var isAbbreviation = AbbreviationLookup.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]));
        return !isAbbreviation && !char.IsLower(text[next.Index]);
    }

    /// <summary>Link addresses, <c>[text](address)</c> and <c>&lt;https://…&gt;</c>, are not words and hold no sentence ends.</summary>
    private static void MarkLinkAddresses(string text, bool[] skip)
    {
        for (var i = text.IndexOf("](", StringComparison.Ordinal); i >= 0; i = text.IndexOf("](", i + 1, StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', i + 2);
            if (close > 0)
            {
                Array.Fill(skip, true, i + 1, close - i);
            }
        }

        for (var i = text.IndexOf('<'); i >= 0; i = text.IndexOf('<', i + 1))
        {
            var close = text.IndexOf('>', i + 1);
            if (close > 0 && (text.AsSpan(i + 1).StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i + 1).StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            {
                Array.Fill(skip, true, i, close - i + 1);
            }
        }
    }

    /// <summary>Marks names and titles in one block: text in italics, in quotes or in code.</summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkNames(string text, int start, int end, bool[] skip, bool[] name)
    {
        MarkPairs(text, start, end, name, '`', '`', (_, _) => true, (_, _) => true);
        MarkPairs(text, start, end, name, '*', '*', (t, i) => !IsStar(t, i - 1) && !IsStar(t, i + 1) && IsText(t, i + 1), (t, i) => !IsStar(t, i - 1) && !IsStar(t, i + 1) && IsText(t, i - 1));
        MarkPairs(text, start, end, name, '_', '_', (t, i) => !IsWordChar(t, i - 1) && IsText(t, i + 1), (t, i) => !IsWordChar(t, i + 1) && IsText(t, i - 1));
        MarkPairs(text, start, end, name, '"', '"', (t, i) => IsText(t, i + 1), (t, i) => IsText(t, i - 1));
        MarkPairs(text, start, end, name, '“', '”', (_, _) => true, (_, _) => true);
        MarkPairs(text, start, end, name, '‘', '’', (_, _) => true, (t, i) => !IsWordChar(t, i + 1));
        MarkPairs(text, start, end, name, '\'', '\'', OpensQuote, (t, i) => IsText(t, i - 1) && !IsWordChar(t, i + 1));

        // An apostrophe in a link address is not a quote.
        for (var i = start; i < end; i++)
        {
            name[i] &= !skip[i];
        }
    }

    /// <summary>
    /// A straight single quote opens a name after a space or bracket and before a letter, but not
    /// in "'s middags" or "'t", where it stands for missing letters.
    /// </summary>
    private static bool OpensQuote(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        if (!(char.IsWhiteSpace(before) || before is '(' or '[' or '*' or '_' or '-' or '–' or '—' or '/') || !IsWordChar(text, i + 1))
        {
            return false;
        }

        var elision = i + 2 < text.Length && text[i + 1] is 's' or 't' or 'n' && !IsWordChar(text, i + 2);
        return !elision;
    }

    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkPairs(string text, int start, int end, bool[] name, char open, char close, Func<string, int, bool> canOpen, Func<string, int, bool> canClose)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != open || !canOpen(text, i))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(end, i + MaxNameLength); j++)
            {
                if (text[j] == close && canClose(text, j))
                {
                    Array.Fill(name, true, i, j - i + 1);
                    i = j;
                    break;
                }
            }
        }
    }

    private static bool IsStar(string text, int i) => i >= 0 && i < text.Length && text[i] == '*';

    private static bool IsText(string text, int i) => i >= 0 && i < text.Length && !char.IsWhiteSpace(text[i]);

    private static bool IsWordChar(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);
}
