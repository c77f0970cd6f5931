using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Handreiking.Testing;

namespace Handreiking.Site.Tests;

/// <summary>
/// One rendered page of each type, normalised and pretty-printed, so every change to content,
/// templates or engine shows in review exactly as readers will get it.
/// </summary>
public partial class PageSnapshotTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    public static TheoryData<string, string> PageTypes() => new()
    {
        { "home", "/" },
        { "factors", "/succesfactoren/" },
        { "factor", "/succesfactoren/er-op-af/" },
        { "route", "/route/" },
        { "step", "/route/stap-5-keuzes/" },
        { "methods", "/methoden/" },
        { "method", "/methoden/huisbezoeken/" },
        { "cases", "/praktijkvoorbeelden/" },
        { "case", "/praktijkvoorbeelden/instapje-genk/" },
        { "tips", "/doen-en-niet-doen/" },
        { "target-groups", "/doelgroepen/" },
        { "organisations", "/organisaties/" },
        { "funds", "/fondsen/" },
        { "sources", "/bronnen/" },
        { "about", "/over/" },
        { "not-found", "/404.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Page(string type, string url)
    {
        Assert.True(site.Result.Success, site.Result.Error ?? string.Join("\n", site.Result.BrokenLinks));
        Snapshot.Verify(Normalize(site.Page(url)), "html", nameof(PageSnapshotTests), $"type={type}");
    }

    [Fact]
    public void Site_inventory()
    {
        var files = Repository.Files(site.Output).Keys.Select(f => StylesheetHash().Replace(f, "site-HASH.css"));
        Snapshot.Verify(string.Join("\n", files), "txt", nameof(PageSnapshotTests));
    }

    /// <summary>Takes out what changes without the page changing: the stylesheet's hash, and dates that come from git.</summary>
    internal static string Normalize(string html)
    {
        html = StylesheetHash().Replace(html, "site-HASH.css");
        html = TimeElement().Replace(html, "<time datetime=\"DATE\">DATE</time>");
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString();
    }

    [GeneratedRegex(@"site-[0-9a-f]{10}\.css")]
    private static partial Regex StylesheetHash();

    [GeneratedRegex(@"<time datetime=""[^""]*"">[^<]*</time>")]
    private static partial Regex TimeElement();
}
