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
}
