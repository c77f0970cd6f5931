using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>
/// Where a scalar's text stands in its file, so a check that finds something inside a value (a
/// link, a word) can point at its own line and column rather than at the start of the value.
/// </summary>
internal sealed class ScalarSource(string file, string text, int start, int end)
{
    /// <summary>
    /// The location of the first occurrence of <paramref name="needle"/> in the scalar as written,
    /// or of the scalar itself when the text was written differently (escaped, folded).
    /// </summary>
    public SourceLocation Find(string needle)
    {
        var length = Math.Max(0, Math.Min(end, text.Length) - start);
        var index = needle.Length == 0 || start >= text.Length ? -1 : text.IndexOf(needle, start, length, StringComparison.Ordinal);
        return LocationOf(index < 0 ? start : index);
    }

    private SourceLocation LocationOf(int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(file, line, index - lineStart + 1);
    }
}
