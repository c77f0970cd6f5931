using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Handreiking.Site.Theme;

namespace Handreiking.Site.Tests;

public class CssPrunerTests
{
    [Fact]
    public void Rules_for_classes_the_theme_never_writes_are_dropped()
    {
        const string css = ".a{color:red}.b{color:blue}.a,.b{margin:0}@media print{.b{display:none}.a{display:block}}.hr-kind-x{top:0}p{line-height:1}";
        var pruned = UnusedRulePruner.Prune(css, ["a"], ["hr-kind-"]);
        Assert.Equal(".a{color:red}.a{margin:0}@media print{.a{display:block}}.hr-kind-x{top:0}p{line-height:1}", pruned);
    }

    [Fact]
    public void Selectors_inside_functions_and_strings_do_not_break_the_split()
    {
        const string css = ".a:is(.b, .c){x:1}.a[data-x=\"{,}\"]{y:2}";
        Assert.Equal(".a[data-x=\"{,}\"]{y:2}", UnusedRulePruner.Prune(css, ["a"], []));
        Assert.Equal(css, UnusedRulePruner.Prune(css, ["a", "b", "c"], []));
    }

    [Fact]
    public void Tokens_nothing_reads_are_dropped_and_chains_are_kept()
    {
        const string css = ".t{--used: var(--base); --base: #123; --unused: 1px; --icon: url('data:image/svg+xml;utf8,<svg/>');}.a{color: var(--used)}";
        Assert.Equal(".t{--used: var(--base); --base: #123;  --icon: url('data:image/svg+xml;utf8,<svg/>');}.a{color: var(--used)}", CustomPropertyPruner.Prune(css));
    }

    [Theory]
    [InlineData(".utrecht-button:hover:not(:disabled, .utrecht-button--disabled){x:1}", "utrecht-button", true)]
    [InlineData(".utrecht-button:focus-visible:not(.utrecht-button--busy){x:1}", "utrecht-button", true)]
    [InlineData("html:not([dir=rtl]) .a{x:1}", "a", true)]
    [InlineData(".a:is(.b, .c){x:1}", "a b", true)]
    [InlineData(".a:where(.c){x:1}", "a b", false)]
    [InlineData(".a:has(> .b){x:1}", "a", false)]
    [InlineData(".a:has(> .b){x:1}", "a b", true)]
    [InlineData(".a:nth-child(2n of .z){x:1}", "a", false)]
    [InlineData(".a:-webkit-any(.zz){x:1}", "a", true)]
    [InlineData(".b:not(.a){x:1}", "a", false)]
    public void A_selector_is_kept_when_it_can_match_the_themes_classes(string css, string classes, bool kept)
    {
        var pruned = UnusedRulePruner.Prune(css, [.. classes.Split(' ')], []);
        Assert.Equal(kept ? css : string.Empty, pruned);
    }

    [Fact]
    public void The_shipped_css_keeps_the_hover_and_focus_rules_of_every_component_the_pages_use()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(new SiteBuilder(Repository.Options(Repository.Content, output)).Build().Success);
        var shipped = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "assets"), "site-*.css").Single());

        // The classes real pages carry, read from the built HTML (not from the pruner's own view of the theme).
        var parser = new HtmlParser();
        var used = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[class]").SelectMany(e => e.ClassList))
            .ToHashSet(StringComparer.Ordinal);
        var bundle = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(Repository.Theme, "css-bundle.json")))!;
        var expected = new List<string>();
        foreach (var file in bundle.Where(f => f.Contains("@utrecht/", StringComparison.Ordinal)))
        {
            var css = Regex.Replace(File.ReadAllText(Path.Combine(Repository.Theme, file)), @"/\*.*?\*/", string.Empty, RegexOptions.Singleline);
            foreach (Match rule in Regex.Matches(css, @"([^{}@;]+)\{"))
            {
                foreach (var selector in TopLevelParts(rule.Groups[1].Value).Where(s => s.Contains(":hover", StringComparison.Ordinal) || s.Contains(":focus", StringComparison.Ordinal)))
                {
                    var positive = Regex.Replace(selector, @":not\([^()]*(\([^()]*\))?[^()]*\)", string.Empty);
                    var classes = Regex.Matches(positive, @"\.([a-zA-Z_-][\w-]*)").Select(m => m.Groups[1].Value).ToList();
                    if (classes.Count > 0 && classes.All(used.Contains))
                    {
                        expected.Add(selector);
                    }
                }
            }
        }

        Assert.Contains(expected, s => s.Contains(":not(", StringComparison.Ordinal)); // the case that used to be dropped
        Assert.True(expected.Count >= 10, $"only {expected.Count} hover/focus selectors found: is the bundle read right?");
        var missing = expected.Where(s => !shipped.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "dropped hover/focus rules: " + string.Join("\n", missing));
    }

    /// <summary>A selector list split at the commas outside brackets.</summary>
    private static IEnumerable<string> TopLevelParts(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i].Trim();
                start = i + 1;
            }
        }

        yield return list[start..].Trim();
    }
}
