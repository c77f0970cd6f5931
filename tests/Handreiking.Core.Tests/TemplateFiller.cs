using System.Text;
using System.Text.RegularExpressions;

namespace Handreiking.Core.Tests;

/// <summary>Fills in the required keys of a template the way an editor would: a value after each empty key, text under each empty block.</summary>
internal static partial class TemplateFiller
{
    /// <param name="template">The template text.</param>
    /// <param name="factors">Two ids of success factors that exist.</param>
    /// <param name="source">An id of a source that exists.</param>
    /// <param name="cluster">An id of a cluster that exists.</param>
    public static string Fill(string template, (string, string) factors, string source, string cluster)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["titel"] = "Taalcafé in de bibliotheek",
            ["samenvatting"] = "Elke week praten nieuwkomers en vrijwilligers Nederlands met elkaar.",
            ["organisatie"] = "Bibliotheek Voorbeeldstad",
            ["plaats"] = "Voorbeeldstad",
            ["land"] = "NL",
            ["soort"] = "publicatie",
            ["nummer"] = "99",
            ["cluster"] = cluster,
            ["bron"] = source,
        };
        var text = new StringBuilder();
        var listItem = 0;
        foreach (var line in template.Split('\n'))
        {
            if (EmptyKey().Match(line) is { Success: true } key && values.TryGetValue(key.Groups[2].Value, out var value))
            {
                text.Append(line).Append(' ').Append(value).Append('\n');
            }
            else if (EmptyBlock().IsMatch(line))
            {
                text.Append(line).Append("\n  Een tekst van één alinea.\n");
            }
            else if (line == "  -")
            {
                text.Append("  - ").Append(listItem++ % 2 == 0 ? factors.Item1 : factors.Item2).Append('\n');
            }
            else
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    [GeneratedRegex(@"^(\s*(?:- )?)([a-z-]+):$")]
    private static partial Regex EmptyKey();

    [GeneratedRegex(@"^[a-z-]+: \|$")]
    private static partial Regex EmptyBlock();
}
