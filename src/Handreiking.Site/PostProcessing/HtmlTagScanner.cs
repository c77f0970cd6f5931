using System.Net;
using System.Runtime.CompilerServices;

namespace Handreiking.Site.PostProcessing;

/// <summary>
/// Reads the start tags of an HTML page and their attributes in one pass, without building a
/// document: all the link checker needs (ids, links, resources). A DOM parser per page was the
/// slowest stage of a large build (10,000 case pages: seconds), and grew with every byte of every
/// page. It follows the HTML tokenizer where our pages can differ: comments, doctype and end tags
/// are skipped, the text of raw-text elements (script, style, textarea, title …) is not read as
/// markup, names are case-insensitive, the first of two equal attributes wins, and character
/// references in values are decoded. A test holds it to AngleSharp's reading of the built pages.
/// It makes a string only for what the link checker reads: the names of the elements it knows
/// and the values of <see cref="Attributes"/>; other names and values are skipped where they stand.
/// </summary>
internal static class HtmlTagScanner
{
    /// <summary>The attributes reported, by their lower-case names.</summary>
    public static readonly string[] Attributes = ["id", "href", "rel", "src", "data"];

    /// <summary>Elements whose text is not markup.</summary>
    private static readonly string[] RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"];

    /// <summary>Element names reported by name; any other element is reported with a null name.</summary>
    private static readonly string[] KnownElements = ["a", "link", "img", "source", "video", "audio", "object", .. RawText];

    /// <summary>
    /// Calls <paramref name="onTag"/> for every start tag, with its name when it is one of the
    /// known elements (else null) and those of its attributes that are in <see cref="Attributes"/>
    /// (the first of each, names lower-case, values decoded).
    /// </summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(string html, Action<string?, List<KeyValuePair<string, string>>> onTag)
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

            var name = Known(html.AsSpan(open + 1, p - open - 1), KnownElements);
            attributes.Clear();
            p = ReadAttributes(html, p, attributes);
            onTag(name, attributes);
            i = p;
            if (name is not null && Array.IndexOf(RawText, name) >= 0)
            {
                i = EndOfRawText(html, name, i);
            }
        }
    }

    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            var name = Known(html.AsSpan(nameStart, p - nameStart), Attributes);
            while (p < n && IsSpace(html[p]))
            {
                p++;
            }

            int valueStart = p, valueEnd = p;
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
                    (valueStart, valueEnd) = (p + 1, end);
                    p = Math.Min(n, end + 1);
                }
                else
                {
                    valueStart = p;
                    while (p < n && !IsSpace(html[p]) && html[p] != '>')
                    {
                        p++;
                    }

                    valueEnd = p;
                }
            }

            if (name is not null && !attributes.Exists(a => ReferenceEquals(a.Key, name)))
            {
                var value = html[valueStart..valueEnd];
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

    /// <summary>The name from <paramref name="names"/> that <paramref name="text"/> spells in any case, or null.</summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Known(ReadOnlySpan<char> text, string[] names)
    {
        foreach (var name in names)
        {
            if (name.Length == text.Length && text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static int EndOf(string html, string marker, int from)
    {
        var end = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
