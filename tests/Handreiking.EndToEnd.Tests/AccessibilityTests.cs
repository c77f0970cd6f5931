using System.Diagnostics;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on any page type, wide or narrow.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    private const int NodesShown = 5;

    [SkippableTheory]
    [MemberData(nameof(SitePages.AllAtBothWidths), MemberType = typeof(SitePages))]
    public async Task Page_has_no_WCAG_21_AA_violations(string path, int width)
    {
        var page = await site.PageAsync(width);
        var watch = Stopwatch.StartNew();
        await site.GotoAsync(page, path);
        var loaded = watch.ElapsedMilliseconds;

        // Legacy mode runs axe.run in the page itself. The default RunAxe runs axe.runPartial and then
        // axe.finishRun in a new page of a new context on every call, which made each page 2-3x
        // slower here; the difference only matters for cross-origin iframes, which the site has none of.
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete
        var result = await page.RunAxeLegacy(null, new AxeRunOptions
        {
            ResultTypes = [ResultType.Violations], // full details for violations only: faster
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
#pragma warning restore CS0618

        output.WriteLine($"{path} at {width} px: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed, {result.Incomplete.Length} to review by hand (load {loaded} ms, axe {watch.ElapsedMilliseconds - loaded} ms).");
        Assert.True(result.Violations.Length == 0, Describe(path, width, result.Violations));
    }

    private static string Describe(string path, int width, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{path} at {width} px has {violations.Length} axe violation(s) of WCAG 2.1 A/AA:\n");
        foreach (var violation in violations)
        {
            text.Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}], {violation.Nodes.Length} element(s)\n");
            foreach (var node in violation.Nodes.Take(NodesShown))
            {
                var check = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
                text.Append($"    {node.Target}: {check}\n");
                text.Append($"      {Shorten(node.Html)}\n");
            }

            if (violation.Nodes.Length > NodesShown)
            {
                text.Append($"    ... and {violation.Nodes.Length - NodesShown} more\n");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..157] + "...";
}
