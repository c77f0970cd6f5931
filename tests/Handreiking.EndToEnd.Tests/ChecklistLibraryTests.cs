using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

/// <summary>The checklist library as a trainer uses it: from the home page to step 3's checklist, the builder's shared link, the quick scan.</summary>
[Collection(SiteCollection.Name)]
public sealed class ChecklistLibraryTests(SiteFixture site)
{
    private const string Builder = "/checklists/samenstellen/";

    [SkippableFact]
    public async Task Step_3s_checklist_is_two_clicks_from_the_home_page()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Printen voor een workshop" }).ClickAsync();
        await page.WaitForURLAsync("**/checklists/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoek de actieve organisaties in de wijk", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/checklists/stap-3-organisaties-in-de-wijk/");
        Assert.Equal("Zoek de actieve organisaties in de wijk", await page.Locator("h1").TextContentAsync());
        Assert.Equal(12, await page.Locator(".hr-sheet__item").CountAsync());
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync(), "the print button shows once the script runs");
    }

    [SkippableFact]
    public async Task Builder_keeps_title_points_order_and_own_points_in_its_address()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, Builder);

        // By keyboard: open a checklist, focus a point's check box and press the space bar.
        await page.Locator("summary", new() { HasText = "Zoek de actieve organisaties in de wijk" }).PressAsync("Enter");
        await page.Locator("#p-stap-3-organisaties-in-de-wijk\\.2").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("summary", new() { HasText = "Werk aan draagvlak" }).ClickAsync();
        await page.Locator("#p-draagvlak\\.1").CheckAsync();
        await page.Locator("#eigen-punt").FillAsync("Koffie en thee regelen");
        await page.Locator("#eigen-punt").PressAsync("Enter");
        await page.Locator("#builder-titel").FillAsync("Workshop wijkteam");

        // The own point moves to the top with two presses of its "up" button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Omhoog: Koffie en thee regelen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Omhoog: Koffie en thee regelen" }).ClickAsync();
        string[] expected =
        [
            "Koffie en thee regelen (eigen punt)",
            "Hoe staan ze tegenover vrijwillig Nederlands leren?",
            "Zoek een wethouder die uw aanpak steunt en een duidelijke visie uitdraagt.",
        ];
        Assert.Equal(expected, await Chosen(page));
        // A screen reader hears where the point went; the focus stays on the moved point (its other arrow at the top).
        await Assertions.Expect(page.Locator("[data-builder-status]")).ToHaveTextAsync("Koffie en thee regelen staat nu op plaats 1.");
        Assert.Equal("↓Omlaag: Koffie en thee regelen", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        var shared = page.Url;
        Assert.Contains("#titel=Workshop+wijkteam&p=%7EKoffie+en+thee+regelen&p=stap-3-organisaties-in-de-wijk.2&p=draagvlak.1", shared, StringComparison.Ordinal);

        // Whoever opens the link gets the same list.
        await page.GotoAsync("about:blank");
        await page.GotoAsync(shared);
        Assert.Equal(expected, await Chosen(page));
        Assert.Equal("Workshop wijkteam", await page.Locator("#builder-titel").InputValueAsync());
        Assert.True(await page.Locator("#p-draagvlak\\.1").IsCheckedAsync());
        Assert.Equal("Workshop wijkteam", await page.Locator("[data-builder-sheet-title]").TextContentAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__cspViolations"));
    }

    [SkippableFact]
    public async Task Builder_search_hides_points_that_do_not_match_and_says_when_none_do()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, Builder);
        Assert.Equal(0, await page.Locator("[data-builder-option]:visible").CountAsync());
        var all = await page.Locator("[data-builder-option]").CountAsync();
        await page.Locator("#builder-zoek").FillAsync("wethouder");
        var shown = await page.Locator("[data-builder-option]:visible").CountAsync();
        Assert.InRange(shown, 1, all - 1);
        Assert.All(await page.Locator("[data-builder-option]:visible").AllTextContentsAsync(), t => Assert.Contains("wethouder", t, StringComparison.OrdinalIgnoreCase));
        await page.Locator("#builder-zoek").FillAsync("qqqzzz");
        Assert.Equal("Geen punten gevonden met 'qqqzzz'.", await page.Locator("[data-builder-filter-status]").TextContentAsync());
    }

    [SkippableFact]
    public async Task Quick_scan_sums_up_per_cluster_lists_what_to_work_on_and_keeps_answers_in_its_address()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/checklists/quickscan/");
        await page.Locator("#draagvlak-2").CheckAsync();
        await page.Locator("#werk-met-een-mandaat-0").CheckAsync();
        await page.Locator("#er-op-af-1").CheckAsync();
        Assert.Equal("U hebt 3 van de 39 succesfactoren beantwoord.", await page.Locator("[data-quickscan-answered]").TextContentAsync());
        Assert.Equal(
            ["Werk met een mandaat (Nog niet)", "Ga er op af (Deels)"],
            await page.Locator("[data-quickscan-work-on] li").AllTextContentsAsync());
        var address = page.Url;
        var answers = new Uri(address).Fragment.TrimStart('#').Split('&').Order(StringComparer.Ordinal);
        Assert.Equal(["draagvlak=2", "er-op-af=1", "werk-met-een-mandaat=0"], answers);

        await page.GotoAsync("about:blank");
        await page.GotoAsync(address);
        Assert.True(await page.Locator("#draagvlak-2").IsCheckedAsync());
        Assert.Equal(2, await page.Locator("[data-quickscan-work-on] a").CountAsync());
    }

    private static async Task<string[]> Chosen(IPage page) =>
        [.. (await page.Locator("[data-builder-chosen] .hr-builder__entry-text").AllTextContentsAsync()).Select(t => t.Trim())];
}
