using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Handreiking.Testing;

namespace Handreiking.Site.Tests;

/// <summary>
/// One page of each type from the test handbook, normalised and pretty-printed, so every change to
/// templates or engine shows in review exactly as readers will get it. Each page type snapshots
/// its <c>&lt;main&gt;</c>; the layout around it is snapshotted once.
/// </summary>
public partial class PageSnapshotTests(TestSiteFixture site) : IClassFixture<TestSiteFixture>
{
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "/" },
        { "factors", "/succesfactoren/" },
        { "factor", "/succesfactoren/klein-beginnen/" },
        { "route", "/route/" },
        { "step", "/route/zoek-een-keuken/" },
        { "methods", "/methoden/" },
        { "method", "/methoden/aanbellen/" },
        { "cases", "/praktijkvoorbeelden/" },
        { "case", "/praktijkvoorbeelden/buurtkeuken-oost/" },
        { "tips", "/doen-en-niet-doen/" },
        { "target-groups", "/doelgroepen/" },
        { "organisations", "/organisaties/" },
        { "funds", "/fondsen/" },
        { "sources", "/bronnen/" },
        { "about", "/over/" },
        { "not-found", "/404.html" },
        { "checklists", "/checklists/" },
        { "checklist", "/checklists/zoek-een-keuken/" },
        { "checklist-builder", "/checklists/samenstellen/" },
        { "quickscan", "/checklists/quickscan/" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Main(string type, string url)
    {
        AssertBuilt();
        Snapshot.Verify(Normalize(site.Page(url), "main"), "html", nameof(PageSnapshotTests), $"type={type}");
    }

    [Fact]
    public void Layout()
    {
        AssertBuilt();
        Snapshot.Verify(Normalize(site.Page("/")), "html", nameof(PageSnapshotTests));
    }

    [Fact]
    public void Site_inventory()
    {
        AssertBuilt();
        var files = Repository.Files(site.Output).Keys.Select(f => StylesheetHash().Replace(f, "site-HASH.css"));
        Snapshot.Verify(string.Join("\n", files), "txt", nameof(PageSnapshotTests));
    }

    private void AssertBuilt() =>
        Assert.True(site.Result.Success, site.Result.Error ?? string.Join("\n", site.Result.Diagnostics.Select(d => d.ToString()).Concat(site.Result.BrokenLinks.Select(b => b.ToString()))));

    /// <summary>
    /// Takes out what changes without the page changing (the stylesheet's hash, dates from git) and
    /// keeps only <paramref name="selector"/> when given.
    /// </summary>
    internal static string Normalize(string html, string? selector = null)
    {
        html = StylesheetHash().Replace(html, "site-HASH.css");
        html = TimeElement().Replace(html, "<time datetime=\"DATE\">DATE</time>");
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        var formatter = new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" };
        if (selector is null)
        {
            document.ToHtml(writer, formatter);
        }
        else
        {
            var element = document.QuerySelector(selector);
            Assert.True(element is not null, $"the page has no {selector}");
            element.ToHtml(writer, formatter);
        }

        return writer.ToString().TrimStart('\n');
    }

    [GeneratedRegex(@"site-[0-9a-f]{10}\.css")]
    private static partial Regex StylesheetHash();

    [GeneratedRegex(@"<time datetime=""[^""]*"">[^<]*</time>")]
    private static partial Regex TimeElement();
}
