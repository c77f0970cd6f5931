using YamlDotNet.Core;

namespace Handreiking.Core.Language;

/// <summary>
/// Finds, for each character of a scalar's value, the character of the file it was read from.
/// YAML changes text on the way in: it drops the indentation of block scalars, folds line
/// breaks into spaces, and undoes quotes and escapes. Walking the value and the file side by
/// side, and skipping only what YAML can drop (white space, quotes, backslashes), gives exact
/// positions for everything an editor writes in content.
/// </summary>
internal static class ScalarAlignment
{
    /// <summary>The file index of every character of <paramref name="value"/>.</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="span">Where the scalar stands in the file.</param>
    /// <param name="value">The scalar's value as the loader holds it (it may be trimmed).</param>
    public static int[] Align(string source, ScalarSpan span, string value)
    {
        var map = new int[value.Length];
        var (p, end) = ContentRange(source, span);
        var last = span.Start;
        var i = 0;
        for (; i < value.Length; i++)
        {
            var found = Find(source, ref p, end, value[i]);
            if (found < 0)
            {
                break;
            }

            map[i] = last = found;
        }

        // Only an escape that writes a character differently (such as \t or \u00e9) stops the
        // walk; the rest of the value then points at the last character that matched.
        for (; i < value.Length; i++)
        {
            map[i] = last;
        }

        return map;
    }

    private static int Find(string source, ref int p, int end, char c)
    {
        while (p < end)
        {
            var s = source[p];
            if (s == c || (c is ' ' or '\n' && s is '\n'))
            {
                return p++;
            }

            if (s is not (' ' or '\t' or '\r' or '\n' or '\\' or '"' or '\''))
            {
                return -1;
            }

            p++;
        }

        return -1;
    }

    /// <summary>Where the value's characters are: after the header line of a block scalar, inside the quotes of a quoted one.</summary>
    private static (int Start, int End) ContentRange(string source, ScalarSpan span)
    {
        var end = Math.Min(span.End, source.Length);
        switch (span.Style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var lineEnd = source.IndexOf('\n', span.Start);
                return (lineEnd < 0 ? end : lineEnd + 1, end);
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return (span.Start + 1, Math.Max(span.Start + 1, end - 1));
            default:
                return (span.Start, end);
        }
    }
}
