using System.Text;
using System.Text.RegularExpressions;

namespace Handreiking.Site.Theme;

/// <summary>
/// Drops style rules whose selectors cannot match markup the theme writes (a class it never
/// writes, outside <c>:not(…)</c>; see <see cref="SelectorUse"/>). The classes come from
/// the theme's templates and scripts (Markdown produces no classes), so the result depends on the
/// theme only, not on content. A class written with a template expression in it (such as
/// <c>hr-kind-{{ page.kind }}</c>) keeps every class that starts the same way.
/// </summary>
internal static partial class UnusedRulePruner
{
    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9_-]*(?:\{\{)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The class names a theme can write, and prefixes of classes it builds from expressions.</summary>
    public static (HashSet<string> Classes, List<string> Prefixes) ThemeClasses(string themeDirectory)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var files = Directory.EnumerateFiles(themeDirectory, "*.sbn-html", SearchOption.AllDirectories)
            .Concat(Directory.Exists(Path.Combine(themeDirectory, "assets"))
                ? Directory.EnumerateFiles(Path.Combine(themeDirectory, "assets"), "*.js", SearchOption.AllDirectories)
                : []);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (Match word in Word().Matches(File.ReadAllText(file)))
            {
                if (word.Value.EndsWith("{{", StringComparison.Ordinal))
                {
                    prefixes.Add(word.Value[..^2]);
                }
                else
                {
                    classes.Add(word.Value);
                }
            }
        }

        return (classes, prefixes);
    }

    public static string Prune(string css, HashSet<string> classes, List<string> prefixes)
    {
        bool Known(string name) => classes.Contains(name) || prefixes.Any(p => p.Length > 0 && name.StartsWith(p, StringComparison.Ordinal));
        var use = new SelectorUse(Known);
        return PruneBlock(css, use.CanApply);
    }

    /// <summary>Walks rules at one nesting level; recurses into @media and @supports.</summary>
    private static string PruneBlock(string css, Func<string, bool> used)
    {
        var output = new StringBuilder(css.Length);
        var position = 0;
        while (position < css.Length)
        {
            var open = css.IndexOf('{', position);
            if (open < 0)
            {
                output.Append(css, position, css.Length - position);
                break;
            }

            var close = MatchingBrace(css, open);
            if (close < 0)
            {
                output.Append(css, position, css.Length - position);
                break;
            }

            var prelude = css[position..open];
            var body = css[(open + 1)..close];
            var trimmed = StripComments(prelude).Trim();
            if (trimmed.StartsWith("@media", StringComparison.Ordinal) || trimmed.StartsWith("@supports", StringComparison.Ordinal) || trimmed.StartsWith("@layer", StringComparison.Ordinal))
            {
                var inner = PruneBlock(body, used);
                if (inner.Trim().Length > 0)
                {
                    output.Append(prelude).Append('{').Append(inner).Append('}');
                }
            }
            else if (trimmed.StartsWith('@'))
            {
                output.Append(css, position, close + 1 - position);
            }
            else
            {
                var selectors = SplitSelectors(trimmed).Where(used).ToList();
                if (selectors.Count > 0)
                {
                    output.Append(string.Join(",", selectors)).Append('{').Append(body).Append('}');
                }
            }

            position = close + 1;
        }

        return output.ToString();
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = open; i < css.Length; i++)
        {
            var c = css[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '/' when i + 1 < css.Length && css[i + 1] == '*':
                    var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? css.Length : end + 1;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>Splits a selector list at top-level commas (not those inside <c>:is(…)</c> or <c>:not(…)</c>).</summary>
    private static IEnumerable<string> SplitSelectors(string selectorList)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < selectorList.Length; i++)
        {
            switch (selectorList[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return selectorList[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return selectorList[start..].Trim();
    }

    private static string StripComments(string text)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("/*", position, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, start - position);
            var end = text.IndexOf("*/", start + 2, StringComparison.Ordinal);
            position = end < 0 ? text.Length : end + 2;
        }

        return result.ToString();
    }
}
