using Handreiking.Site.PostProcessing;

namespace Handreiking.Site.Tests;

public class LinkCheckerTests
{
    private static IReadOnlyList<BrokenLink> Check(string body, params string[] files)
    {
        RenderedPage[] pages =
        [
            new("/a/", $"<html><head><link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"canonical\" href=\"https://example.org/a/\"></head><body><h1 id=\"top\">A</h1>{body}</body></html>"),
            new("/b/", "<html><body><h2 id=\"doel\">Doel</h2></body></html>"),
        ];
        return new LinkChecker().Check(pages, new HashSet<string>(["/assets/site.css", .. files], StringComparer.Ordinal));
    }

    [Fact]
    public void Valid_links_anchors_and_files_pass() =>
        Assert.Empty(Check("<a href=\"/b/\">b</a><a href=\"/b/#doel\">doel</a><a href=\"#top\">top</a><a href=\"../b/index.html\">b</a><a href=\"/feed.xml\">feed</a><a href=\"https://elders.example\">elders</a><a href=\"mailto:x@example.org\">mail</a>", "/feed.xml"));

    [Fact]
    public void Missing_page_names_page_and_target()
    {
        var broken = Assert.Single(Check("<a href=\"/c/\">c</a>"));
        Assert.Equal(new BrokenLink("/a/", "/c/", "de pagina of het bestand /c/ bestaat niet"), broken);
    }

    [Fact]
    public void Missing_anchor_is_broken()
    {
        var broken = Assert.Single(Check("<a href=\"/b/#aanpak\">b</a>"));
        Assert.Equal(("/a/", "/b/#aanpak"), (broken.Page, broken.Target));
        Assert.Contains("#aanpak", broken.Reason);
    }

    [Fact]
    public void Missing_anchor_on_the_same_page_is_broken() =>
        Assert.Equal("#nergens", Assert.Single(Check("<a href=\"#nergens\">x</a>")).Target);

    [Fact]
    public void Relative_links_resolve_against_the_page() =>
        Assert.Equal("de pagina of het bestand /a/b/ bestaat niet", Assert.Single(Check("<a href=\"b/\">b</a>")).Reason);

    [Theory]
    [InlineData("<script src=\"https://cdn.example/x.js\"></script>")]
    [InlineData("<link rel=\"stylesheet\" href=\"//fonts.example/css\">")]
    [InlineData("<img src=\"http://tracker.example/p.gif\" alt=\"\">")]
    public void Resources_from_elsewhere_are_refused(string element) =>
        Assert.Contains("andere website", Assert.Single(Check(element)).Reason);

    [Fact]
    public void Javascript_links_are_refused() =>
        Assert.Equal("javascript:alert(1)", Assert.Single(Check("<a href=\"javascript:alert(1)\">x</a>")).Target);

    [Fact]
    public void Missing_local_script_is_broken() =>
        Assert.Equal("/assets/weg.js", Assert.Single(Check("<script src=\"/assets/weg.js\"></script>")).Target);

    /// <summary>What a full HTML parser (AngleSharp) reads as ids, links and fetched resources: the reading the scanner must match.</summary>
    private static PageLinks ParsedReading(string url, string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        static bool Loaded(AngleSharp.Dom.IElement e) => e.LocalName != "link" ||
            (e.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r is "stylesheet" or "icon" or "preload" or "modulepreload" or "manifest" or "prefetch");
        return new PageLinks(
            url,
            document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal),
            [.. document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)],
            [.. document.QuerySelectorAll("link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src], object[data]")
                .Where(Loaded)
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("data") ?? string.Empty)]);
    }

    private static void AssertSameReading(string url, string html)
    {
        var expected = ParsedReading(url, html);
        var actual = new LinkChecker().Inspect(url, html);
        Assert.Equal(expected.Anchors.Order(StringComparer.Ordinal), actual.Anchors.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Resources, actual.Resources);
    }

    [Fact]
    public void The_scanner_reads_tricky_markup_as_a_parser_does() => AssertSameReading("/a/", """
        <!DOCTYPE html><HTML><head><title>a <a href="/niet-in-titel/"> b</title>
        <LINK REL="Stylesheet icon" HREF="/x.css"><link rel=preload href=/p.js><link rel="canonical" href="https://example.org/">
        <script>var s = '<a href="/niet-in-script/">'; </script><script src='/s.js' type="module"></script>
        <style>a[href="/niet-in-stijl/"]{}</style></head>
        <body><!-- <a href="/niet-in-commentaar/"> --><a href="/a/?x=1&amp;y=2#doel" href="/tweede/" id=eerste>x</a>
        <a id="leeg"></a><a href="">leeg</a><A HREF = "/hoofd/" >h</A><img src="/i.png" alt="a > b"><img alt='x' src=/j.png/>
        <textarea><a href="/niet-in-textarea/"></textarea><object data="/o.svg"></object><p id="d&eacute;j&#224;">x</p>
        <svg><a href="/svg/">s</a></svg><div data-x='"<a href=/niet-in-waarde/>"'></div>
        </body></html>
        """);

    [Fact]
    public void The_scanner_reads_every_built_page_as_a_parser_does()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("site");
        var result = new SiteBuilder(Repository.Options(Repository.Content, output)).Build();
        Assert.True(result.Success, result.Error);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages built");
        foreach (var page in pages)
        {
            AssertSameReading("/" + Path.GetRelativePath(output, page), File.ReadAllText(page));
        }
    }
}
