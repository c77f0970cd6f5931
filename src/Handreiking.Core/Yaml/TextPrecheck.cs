using System.Globalization;
using System.Runtime.CompilerServices;
using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>
/// Checks a file's text in one linear pass before the YAML parser sees it: line endings become
/// <c>\n</c> (so a file saved with old Mac line endings gets right line numbers), characters that
/// YAML forbids are reported where they stand and replaced by a space (so the rest of the file
/// is still checked), and nesting of brackets beyond what any content needs is reported before
/// the parser, which takes quadratic time on deeply nested flow collections, is asked to read it.
/// </summary>
internal static class TextPrecheck
{
    /// <summary>After this many forbidden characters in one file, one more line says how many followed.</summary>
    private const int MaxReportedCharacters = 10;

    /// <summary>Returns the text to parse, or null when the file is too deeply nested to parse at all.</summary>
    public static string? Prepare(string text, string file, int maxDepth, DiagnosticSink sink)
    {
        text = NormalizeLineEndings(text);
        text = ReplaceForbidden(text, file, sink);
        return CheckFlowDepth(text, file, maxDepth, sink) ? text : null;
    }

    /// <summary>
    /// CRLF and a lone CR become LF; so do NEL, LS and PS, which the YAML parser also reads as line
    /// breaks, so that its line numbers and ours agree.
    /// </summary>
    private static string NormalizeLineEndings(string text) =>
        text.AsSpan().IndexOfAny('\r', '\u0085', '\u2028') < 0 && !text.Contains('\u2029', StringComparison.Ordinal)
            ? text
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n');

    /// <summary>
    /// YAML 1.2 allows tab, line feed and the printable characters; the C0 and C1 controls, DEL,
    /// lone surrogates and U+FFFE/U+FFFF are not allowed anywhere, and would break the site's HTML and XML.
    /// </summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsForbidden(string text, int index)
    {
        var c = text[index];
        if (c is '\t' or '\n')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF';
    }

    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ReplaceForbidden(string text, string file, DiagnosticSink sink)
    {
        char[]? copy = null;
        var count = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (!IsForbidden(text, i))
            {
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = ' ';
            count++;
            if (count <= MaxReportedCharacters)
            {
                var code = ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture);
                sink.Error(DiagnosticCodes.ForbiddenCharacter, new SourceLocation(file, line, i - lineStart + 1),
                    $"Hier staat een onzichtbaar stuurteken (U+{code}) dat in YAML niet mag.",
                    "Verwijder het teken: zet de cursor erachter en druk op Backspace, of typ de tekst opnieuw. Zulke tekens komen vaak mee bij kopiëren uit Word of een pdf.");
            }
        }

        if (count > MaxReportedCharacters)
        {
            sink.Error(DiagnosticCodes.ForbiddenCharacter, SourceLocation.StartOf(file),
                $"Dit bestand bevat nog {count - MaxReportedCharacters} andere stuurtekens die in YAML niet mogen.",
                "Is dit wel een tekstbestand? Sla het opnieuw op als platte tekst (UTF-8).");
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Counts open brackets outside quoted text and comments. A quote only opens where YAML starts
    /// a quoted value (after a space, a bracket, a comma or at the start of a line), so an
    /// apostrophe inside a word cannot hide brackets from this count.
    /// </summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool CheckFlowDepth(string text, string file, int maxDepth, DiagnosticSink sink)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        var quote = '\0';
        var previous = '\n';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                previous = c;
                if (quote == '\0')
                {
                    continue;
                }
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                previous = c;
                continue;
            }

            switch (c)
            {
                case '#' when previous is ' ' or '\t' or '\n':
                    var end = text.IndexOf('\n', i);
                    i = (end < 0 ? text.Length : end) - 1;
                    continue;
                case '\'' or '"' when previous is ' ' or '\t' or '\n' or '[' or '{' or ',' or ':' or '-' or '?':
                    quote = c;
                    break;
                case '[' or '{':
                    depth++;
                    if (depth >= maxDepth)
                    {
                        sink.Error(DiagnosticCodes.TooDeep, new SourceLocation(file, line, i - lineStart + 1),
                            $"De inhoud is hier meer dan {maxDepth} niveaus diep genest.",
                            "Geen enkel onderdeel heeft zo'n diepe structuur nodig: controleer de haakjes [ ] en { }.");
                        return false;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            previous = c;
        }

        return true;
    }
}
