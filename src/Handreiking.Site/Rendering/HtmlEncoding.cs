using System.Buffers;
using Scriban;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Encodes text for HTML: the five characters that can end a text node or a quoted attribute
/// value (<c>&amp; &lt; &gt; " '</c>) become character references, so the same encoding is safe in
/// element content and in single- or double-quoted attributes. Everything else, accented letters
/// included, is written as it is: pages are UTF-8, and letters need no escaping.
/// </summary>
internal static class HtmlEncoding
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static void Write(TemplateContext context, string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.AsSpan(start).IndexOfAny(Special);
            if (next < 0)
            {
                context.Write(text, start, text.Length - start);
                return;
            }

            if (next > 0)
            {
                context.Write(text, start, next);
            }

            context.Write(Reference(text[start + next]));
            start += next + 1;
        }
    }

    // The same references System.Text.Encodings.Web's HtmlEncoder writes, so pages change no more than they must.
    private static string Reference(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
