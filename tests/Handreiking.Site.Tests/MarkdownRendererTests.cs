using Handreiking.Site.Rendering;

namespace Handreiking.Site.Tests;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _markdown = new();

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; en <strong>vet</strong></p>", _markdown.ToHtml("<script>alert(1)</script> en **vet**").Html);
        Assert.Equal("<p>&lt;img src=x onerror=alert(1)&gt;</p>", _markdown.ToHtml("<img src=x onerror=alert(1)>").Html);
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))", "<p>klik</p>")]
    [InlineData("[klik](JaVaScRiPt:alert(1))", "<p>klik</p>")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)", "<p>klik</p>")]
    [InlineData("[klik](vbscript:msgbox)", "<p>klik</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("[**vet** klik](javascript:x)", "<p><strong>vet</strong> klik</p>")]
    public void Unsafe_links_become_text(string markdown, string html) => Assert.Equal(html, _markdown.ToHtml(markdown).Html);

    [Theory]
    [InlineData("[site](https://www.rijksoverheid.nl)", "<p><a href=\"https://www.rijksoverheid.nl\">site</a></p>")]
    [InlineData("[site](http://example.org/a?b=c)", "<p><a href=\"http://example.org/a?b=c\">site</a></p>")]
    [InlineData("[mail](mailto:info@example.org)", "<p><a href=\"mailto:info@example.org\">mail</a></p>")]
    [InlineData("[route](/route/)", "<p><a href=\"/route/\">route</a></p>")]
    [InlineData("[anker](#doel)", "<p><a href=\"#doel\">anker</a></p>")]
    [InlineData("<https://example.org>", "<p><a href=\"https://example.org\">https://example.org</a></p>")]
    public void Safe_links_stay(string markdown, string html) => Assert.Equal(html, _markdown.ToHtml(markdown).Html);

    [Fact]
    public void Images_render_as_their_alternative_text_so_nothing_is_loaded_from_elsewhere()
    {
        Assert.Equal("<p>een foto</p>", _markdown.ToHtml("![een foto](https://tracker.example/pixel.png)").Html);
        Assert.Equal("<p>lokaal</p>", _markdown.ToHtml("![lokaal](/plaatje.png)").Html);
    }

    [Fact]
    public void Inline_html_has_no_paragraph_around_it()
    {
        Assert.Equal("Wees <em>bereikbaar</em>", _markdown.ToInlineHtml("Wees *bereikbaar*").Html);
        Assert.Equal("<p>een</p>\n<p>twee</p>", _markdown.ToInlineHtml("een\n\ntwee").Html);
        Assert.Equal(string.Empty, _markdown.ToHtml("   ").Html);
    }
}
