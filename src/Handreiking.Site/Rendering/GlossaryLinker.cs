using System.Text;
using System.Text.RegularExpressions;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Links the first use of each glossary term on a page to its explanation, so a reader who does
/// not know a word can look it up with a plain link (no hover-only tooltip). Works on the body a
/// page template wrote (our own, well-formed HTML): only text is matched, never tags or
/// attributes, and never text that is already a link, a heading, code or a form control.
/// </summary>
internal sealed class GlossaryLinker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "button", "label", "summary", "option", "select", "textarea", "dt", "nav",
    };

    // Looks a tag name up without making a string of it: every tag of every page passes here.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippedNames = Skipped.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Regex? _forms;
    private readonly Dictionary<string, GlossaryTerm> _termOfForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Urls _urls;

    public GlossaryLinker(IReadOnlyList<GlossaryTerm> glossary, Urls urls)
    {
        _urls = urls;
        foreach (var term in glossary)
        {
            foreach (var form in term.Forms.Where(f => f.Trim().Length > 1))
            {
                _termOfForm.TryAdd(form.Trim(), term);
            }
        }

        // Longest forms first, so "Flankerend Onderwijsbeleid" wins over a shorter form inside it.
        var alternatives = _termOfForm.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).Select(Regex.Escape).ToList();
        _forms = alternatives.Count == 0
            ? null
            : new Regex(@"(?<![\p{L}\p{N}-])(" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>The body with the first use of each term linked; the glossary page itself stays as it is.</summary>
    public string Link(string body, string pageUrl)
    {
        if (_forms is null || pageUrl == _urls.Glossary)
        {
            return body;
        }

        var used = new HashSet<GlossaryTerm>();
        var output = new StringBuilder(body.Length + 256);
        var skipDepth = 0;
        var position = 0;
        while (position < body.Length)
        {
            var tagStart = body.IndexOf('<', position);
            var textEnd = tagStart < 0 ? body.Length : tagStart;
            if (textEnd > position)
            {
                // Most text between tags is white space, or inside something never linked: copied as it is.
                var text = body.AsSpan(position, textEnd - position);
                if (skipDepth > 0 || text.IsWhiteSpace())
                {
                    output.Append(text);
                }
                else
                {
                    output.Append(LinkText(text.ToString(), used));
                }
            }

            if (tagStart < 0)
            {
                break;
            }

            var tagEnd = body.IndexOf('>', tagStart);
            if (tagEnd < 0)
            {
                output.Append(body, tagStart, body.Length - tagStart);
                break;
            }

            var tag = body.AsSpan(tagStart + 1, tagEnd - tagStart - 1);
            var closing = tag.StartsWith("/");
            var name = TagName(closing ? tag[1..] : tag);
            if (SkippedNames.Contains(name) && !tag.EndsWith("/"))
            {
                skipDepth = Math.Max(0, skipDepth + (closing ? -1 : 1));
            }

            output.Append(body, tagStart, tagEnd - tagStart + 1);
            position = tagEnd + 1;
        }

        return output.ToString();
    }

    private string LinkText(string text, HashSet<GlossaryTerm> used) =>
        _forms!.Replace(text, match =>
        {
            var term = _termOfForm[match.Value];
            return used.Add(term)
                ? $"<a class=\"utrecht-link hr-term\" href=\"{_urls.For(term)}\">{match.Value}</a>"
                : match.Value;
        });

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && (char.IsLetterOrDigit(tag[end]) || tag[end] == '-'))
        {
            end++;
        }

        return tag[..end];
    }
}
