using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

/// <summary>Content pages can be shared and printed, and show their title and summary when a link to them is shared.</summary>
[Collection(SiteCollection.Name)]
public sealed class SharingTests(SiteFixture site)
{
    private const string CasePath = "/praktijkvoorbeelden/instapje-genk/";

    [SkippableFact]
    public async Task Share_copies_the_pages_address_and_print_is_offered()
    {
        var browser = site.RequireBrowser();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = SitePages.PhoneWidth, Height = 740 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = site.BaseUrl });
        var page = await context.NewPageAsync();
        await site.GotoAsync(page, CasePath);
        Assert.True(await page.Locator("[data-print-button]").IsVisibleAsync());

        // Headless Chromium on Linux has no Web Share API: the button copies the canonical address.
        Assert.False(await page.EvaluateAsync<bool>("() => 'share' in navigator"));
        await page.Locator("[data-share-button]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-share-status]').textContent.length > 0");
        Assert.Equal("De link naar deze pagina is gekopieerd.", await page.Locator("[data-share-status]").TextContentAsync());
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("link[rel=canonical]").GetAttributeAsync("href"), copied);
        Assert.EndsWith(CasePath, copied);
    }

    [SkippableTheory]
    [InlineData("/", false)]
    [InlineData("/zoeken/", false)]
    [InlineData("/route/stap-5-keuzes/", true)]
    [InlineData(CasePath, true)]
    public async Task Share_and_print_are_on_content_pages_only(string path, bool expected)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, path);
        Assert.Equal(expected, await page.Locator("[data-share-button]").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task A_shared_link_shows_the_pages_title_and_summary()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, CasePath);
        var title = (await page.Locator("h1").TextContentAsync())!.Trim();
        var summary = await page.Locator("meta[name=description]").GetAttributeAsync("content");
        Assert.False(string.IsNullOrEmpty(summary));
        Assert.Equal(title, await page.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        Assert.Equal(summary, await page.Locator("meta[property='og:description']").GetAttributeAsync("content"));
        Assert.Equal("summary", await page.Locator("meta[name='twitter:card']").GetAttributeAsync("content"));
        Assert.Equal(title, await page.Locator("meta[name='twitter:title']").GetAttributeAsync("content"));
        Assert.Equal(summary, await page.Locator("meta[name='twitter:description']").GetAttributeAsync("content"));
    }
}
