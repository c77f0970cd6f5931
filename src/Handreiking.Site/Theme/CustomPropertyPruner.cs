using System.Text.RegularExpressions;

namespace Handreiking.Site.Theme;

/// <summary>
/// Removes custom property declarations (design tokens) that nothing uses. The token packages
/// define thousands of tokens for every component in the system; a page needs only those its
/// stylesheets read, directly or through other tokens. A declaration whose value holds quotes is
/// kept as it is, so a data URI is never cut in half.
/// </summary>
internal static partial class CustomPropertyPruner
{
    [GeneratedRegex(@"(?<=[{;\s])(--[A-Za-z0-9_-]+)\s*:\s*([^;{}""']*?)\s*;", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"var\(\s*(--[A-Za-z0-9_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    public static string Prune(string css)
    {
        var declarations = Declaration().Matches(css);
        var valuesByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match declaration in declarations)
        {
            var name = declaration.Groups[1].Value;
            if (!valuesByName.TryGetValue(name, out var values))
            {
                valuesByName[name] = values = [];
            }

            values.Add(declaration.Groups[2].Value);
        }

        // Roots: tokens read anywhere outside a prunable token declaration.
        var outside = Declaration().Replace(css, " ");
        var used = new HashSet<string>(Reference().Matches(outside).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        var queue = new Queue<string>(used);
        while (queue.Count > 0)
        {
            foreach (var value in valuesByName.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                foreach (Match reference in Reference().Matches(value))
                {
                    if (used.Add(reference.Groups[1].Value))
                    {
                        queue.Enqueue(reference.Groups[1].Value);
                    }
                }
            }
        }

        return Declaration().Replace(css, m => used.Contains(m.Groups[1].Value) ? m.Value : string.Empty);
    }
}
