using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>Search as a reader uses it: a word in the field, results in order, facets, the URL, the cases filter.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site, ITestOutputHelper output)
{
    private async Task<IPage> SearchAsync(string query)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/zoeken/?q=" + Uri.EscapeDataString(query));
        await WaitForStatusAsync(page);
        return page;
    }

    private static Task WaitForStatusAsync(IPage page) =>
        page.WaitForFunctionAsync("() => (document.querySelector('[data-search-status]')?.textContent || '').trim().length > 0");

    private static Task<IReadOnlyList<string>> TitlesAsync(IPage page) => page.Locator(".hr-result__title").AllTextContentsAsync();

    [SkippableTheory]
    [InlineData("huisbezoek")]
    [InlineData("huisbezoeken")]
    public async Task Home_visits_list_the_method_first_then_the_home_visit_cases(string query)
    {
        var page = await SearchAsync(query);
        var titles = (await TitlesAsync(page)).Select(t => t.Trim()).ToList();
        output.WriteLine(string.Join("\n", titles));

        Assert.Equal("Huisbezoeken", titles[0]);
        string[] cases = ["Huisbezoeken en buurtvoorlichters in Utrecht", "Brede aanpak van huisbezoeken in Roermond", "Huisbezoeken in het T3-project in Alkmaar", "Huisbezoeken door het Frontlijnteam in Leeuwarden"];
        Assert.All(cases, c => Assert.Contains(c, titles.Take(10)));
    }

    [SkippableTheory]
    [InlineData("ambassadeurs", "Ambassadeurs in Zoetermeer")]
    [InlineData("vrijwilliger", "Werken met vrijwilligers")]
    [InlineData("Genk", "Instapje (Genk)")]
    [InlineData("Venlo", "Veelkleurige Participatie Venlo")]
    [InlineData("ouderparticipatie", "Ouders uitdagen in Leeuwarden")]
    public async Task A_key_word_finds_its_page_in_the_first_five(string query, string expected)
    {
        var page = await SearchAsync(query);
        var titles = (await TitlesAsync(page)).Select(t => t.Trim()).Take(5).ToList();
        Assert.True(titles.Contains(expected), $"'{query}': '{expected}' not in the first five: {string.Join(" | ", titles)}");
    }

    [SkippableFact]
    public async Task A_town_lists_its_cases()
    {
        var page = await SearchAsync("Roermond");
        var titles = (await TitlesAsync(page)).Select(t => t.Trim()).Take(3).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Brede aanpak van huisbezoeken in Roermond", "Doorverwijzen door het wijkteam in Roermond", "Duurzaam samenwerken in Roermond"], titles);
    }

    [SkippableFact]
    public async Task A_facet_narrows_the_results_and_survives_a_reload()
    {
        var page = await SearchAsync("huisbezoeken");
        var before = await page.Locator(".hr-result").CountAsync();
        var status = await page.Locator("[data-search-status]").TextContentAsync();

        await page.GetByLabel("Praktijkvoorbeeld (", new PageGetByLabelOptions { Exact = false }).First.CheckAsync();
        await page.WaitForFunctionAsync("s => document.querySelector('[data-search-status]').textContent !== s", status);
        var narrowed = await page.Locator("[data-search-status]").TextContentAsync();
        Assert.Contains("soort=Praktijkvoorbeeld", Uri.UnescapeDataString(page.Url));
        var metas = await page.Locator(".hr-result__meta").AllTextContentsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.StartsWith("Praktijkvoorbeeld", m));
        Assert.True(metas.Count <= before);

        await page.ReloadAsync();
        await WaitForStatusAsync(page);
        Assert.Equal(narrowed, await page.Locator("[data-search-status]").TextContentAsync());
        Assert.True(await page.GetByLabel("Praktijkvoorbeeld (", new PageGetByLabelOptions { Exact = false }).First.IsCheckedAsync());
    }

    [SkippableFact]
    public async Task Two_clicks_give_the_home_visit_cases_in_utrecht()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/zoeken/?soort=Praktijkvoorbeeld&methode=Huisbezoeken&plaats=Utrecht");
        await WaitForStatusAsync(page);
        var titles = (await TitlesAsync(page)).Select(t => t.Trim()).ToList();
        Assert.Equal(["Huisbezoeken en buurtvoorlichters in Utrecht"], titles);
    }

    [SkippableFact]
    public async Task No_hits_says_so_and_points_to_the_index_pages()
    {
        var page = await SearchAsync("qwxzvbnm");
        Assert.StartsWith("Geen resultaten voor 'qwxzvbnm'", (await page.Locator("[data-search-status]").TextContentAsync())!.Trim());
        Assert.True(await page.Locator("[data-search-fallback]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-search-fallback] a[href='/praktijkvoorbeelden/']").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".hr-result").CountAsync());
    }

    [SkippableFact]
    public async Task The_result_page_highlights_the_query()
    {
        var page = await SearchAsync("Frontlijnteam");
        await page.Locator(".hr-result__title a").First.ClickAsync();
        await page.WaitForSelectorAsync("mark");
        Assert.Contains("highlight=Frontlijnteam", page.Url);
        Assert.Contains("Frontlijnteam", await page.Locator("main mark").First.TextContentAsync());
    }

    [SkippableFact]
    public async Task The_cases_index_filters_without_a_server_and_keeps_the_filter_in_the_url()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/praktijkvoorbeelden/");
        var all = await page.Locator("[data-case-row]").CountAsync();
        await page.SelectOptionAsync("#filter-plaats", "Roermond");
        Assert.Equal(3, await page.Locator("[data-case-row]:visible").CountAsync());
        Assert.Equal("3 praktijkvoorbeelden", (await page.Locator("[data-case-count]").TextContentAsync())!.Trim());
        Assert.Contains("plaats=Roermond", page.Url);

        await page.ReloadAsync();
        Assert.Equal(3, await page.Locator("[data-case-row]:visible").CountAsync());
        await page.SelectOptionAsync("#filter-plaats", "");
        Assert.Equal(all, await page.Locator("[data-case-row]:visible").CountAsync());
    }

    [SkippableFact]
    public async Task Time_from_the_last_keystroke_to_the_first_results()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/zoeken/");
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-search-ui]').hidden");
        await page.Locator("#zoekterm").PressSequentiallyAsync("vrijwillige", new LocatorPressSequentiallyOptions { Delay = 20 });
        await page.WaitForSelectorAsync(".hr-result");
        await page.Locator("#zoekterm").FillAsync(string.Empty);
        await page.Locator("#zoekterm").PressSequentiallyAsync("huisbezoe", new LocatorPressSequentiallyOptions { Delay = 20 });
        var watch = Stopwatch.StartNew();
        await page.Locator("#zoekterm").PressAsync("k");
        await page.WaitForFunctionAsync("() => (document.querySelector('[data-search-status]').textContent || '').includes(\"'huisbezoek'\") && document.querySelector('.hr-result')");
        watch.Stop();
        output.WriteLine($"first results {watch.ElapsedMilliseconds} ms after the last keystroke (benchmark figure, not asserted)");
        Assert.True(await page.Locator(".hr-result").CountAsync() > 0);
    }
}
