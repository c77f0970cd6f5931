using System.Globalization;
using System.Text;

namespace Handreiking.Core.Diagnostics;

/// <summary>
/// Makes text from content safe to print in a terminal or a CI log: control characters, and the
/// invisible characters that reorder or hide text, are shown as <c>\u001B</c> instead of being
/// sent raw, so content can never move the cursor, change colours or hide part of a message.
/// </summary>
public static class Printable
{
    /// <summary>The text with every control and invisible formatting character escaped visibly.</summary>
    /// <param name="text">Any text, such as a value or a file name from content.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]); // a whole character outside the BMP, such as an emoji
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                changed = true;
            }
            else
            {
                builder.Append(c);
            }
        }

        return changed ? builder.ToString() : text;
    }

    /// <summary>
    /// Control characters (C0, DEL, C1), the bidirectional overrides and isolates, zero-width and
    /// other format characters, surrogates (a lone one; <see cref="Escape"/> keeps pairs) and the
    /// noncharacters U+FFFE and U+FFFF.
    /// </summary>
    /// <param name="c">One UTF-16 code unit.</param>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
