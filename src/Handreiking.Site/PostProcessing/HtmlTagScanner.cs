using System.Net;

namespace Handreiking.Site.PostProcessing;

/// <summary>
/// Reads the start tags of an HTML page and their attributes in one pass, without building a
/// document: all the link checker needs (ids, links, resources). A DOM parser per page was the
/// slowest stage of a large build (10,000 case pages: seconds), and grew with every byte of every
/// page. It follows the HTML tokenizer where our pages can differ: comments, doctype and end tags
/// are skipped, the text of raw-text elements (script, style, textarea, title …) is not read as
/// markup, names are case-insensitive, the first of two equal attributes wins, and character
/// references in values are decoded. A test holds it to AngleSharp's reading of the built pages.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    /// <summary>Calls <paramref name="onTag"/> for every start tag, with its lower-case name and attributes (lower-case names, decoded values).</summary>
    public static void Scan(string html, Action<string, IReadOnlyList<KeyValuePair<string, string>>> onTag)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var i = 0;
        var n = html.Length;
        while (i < n)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= n)
            {
                return;
            }

            var next = html[open + 1];
            if (next == '!')
            {
                i = html.AsSpan(open).StartsWith("<!--")
                    ? EndOf(html, "-->", open + 4)
                    : EndOf(html, ">", open + 2);
                continue;
            }

            if (next is '/' or '?')
            {
                i = EndOf(html, ">", open + 2);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = open + 1;
                continue;
            }

            var p = open + 1;
            while (p < n && !IsSpace(html[p]) && html[p] is not '/' and not '>')
            {
                p++;
            }

            var name = html[(open + 1)..p].ToLowerInvariant();
            attributes.Clear();
            p = ReadAttributes(html, p, attributes);
            onTag(name, attributes);
            i = p;
            if (RawText.Contains(name))
            {
                i = EndOfRawText(html, name, i);
            }
        }
    }

    private static int ReadAttributes(string html, int p, List<KeyValuePair<string, string>> attributes)
    {
        var n = html.Length;
        while (p < n)
        {
            while (p < n && (IsSpace(html[p]) || html[p] == '/'))
            {
                p++;
            }

            if (p >= n)
            {
                return n;
            }

            if (html[p] == '>')
            {
                return p + 1;
            }

            var nameStart = p;
            p++; // the first character may be '=' (it is then part of the name)
            while (p < n && !IsSpace(html[p]) && html[p] is not '/' and not '>' and not '=')
            {
                p++;
            }

            var name = html[nameStart..p].ToLowerInvariant();
            while (p < n && IsSpace(html[p]))
            {
                p++;
            }

            var value = string.Empty;
            if (p < n && html[p] == '=')
            {
                p++;
                while (p < n && IsSpace(html[p]))
                {
                    p++;
                }

                if (p < n && html[p] is '"' or '\'')
                {
                    var quote = html[p];
                    var end = html.IndexOf(quote, p + 1);
                    end = end < 0 ? n : end;
                    value = html[(p + 1)..end];
                    p = Math.Min(n, end + 1);
                }
                else
                {
                    var start = p;
                    while (p < n && !IsSpace(html[p]) && html[p] != '>')
                    {
                        p++;
                    }

                    value = html[start..p];
                }
            }

            if (!attributes.Exists(a => a.Key == name))
            {
                attributes.Add(new(name, value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value));
            }
        }

        return n;
    }

    /// <summary>After a raw-text element's start tag: the position after its end tag (<c>&lt;/name</c>, any case).</summary>
    private static int EndOfRawText(string html, string name, int from)
    {
        var at = from;
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            var after = close + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) &&
                (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return close;
            }

            at = close + 2;
        }
    }

    private static int EndOf(string html, string marker, int from)
    {
        var end = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
