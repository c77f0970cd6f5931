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

    /// <summary>
    /// The issue's figure, reported and not asserted (timings on a shared machine vary): from the
    /// last key stroke to announced results, on a freshly opened search page for each word. What is
    /// asserted is that each word, typed as a reader types it, gets its results.
    /// </summary>
    [SkippableFact]
    public async Task Typing_a_word_shows_its_results_and_reports_how_long_that_took()
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, 780);
        var times = new List<(string Query, double Milliseconds)>();
        foreach (var query in new[] { "moeders", "taal", "vrijwilligers", "huisbezoek", "Genk", "ouders" })
        {
            var (milliseconds, results) = await SearchLatency.MeasureAsync(page, site.BaseUrl + "/zoeken/", query);
            Assert.True(results > 0, $"'{query}' shows no results");
            Assert.InRange(milliseconds, 0, 60_000);
            times.Add((query, milliseconds));
        }

        output.WriteLine(SearchLatency.Report(times));
    }

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
    public async Task The_cases_list_filters_without_a_server_and_keeps_the_filter_in_the_url()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/praktijkvoorbeelden/");
        var all = await page.Locator(".hr-case-card").CountAsync();
        await page.Locator("[data-case-filter-box] summary").ClickAsync();
        await page.SelectOptionAsync("#filter-plaats", "Roermond");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.hr-case-card').length === 3");
        Assert.Equal("3 praktijkvoorbeelden", (await page.Locator("[data-case-count]").TextContentAsync())!.Trim());
        Assert.Contains("plaats=Roermond", page.Url);
        Assert.Equal("1 actief", (await page.Locator("[data-case-filter-box] [data-active-count]").TextContentAsync())!.Trim());

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-active-filters] li");
        Assert.Equal(3, await page.Locator(".hr-case-card").CountAsync());
        await page.Locator("[data-active-filters] button").ClickAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.hr-case-card').length === n", all);
        Assert.DoesNotContain("plaats=", page.Url);
    }

    /// <summary>Each option of a filter counts the cases it would give together with the other filters, and one that gives none is disabled.</summary>
    [SkippableFact]
    public async Task Cases_filter_counts_follow_the_other_filters_and_mark_what_gives_nothing()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/praktijkvoorbeelden/?thema=Sport");
        await page.Locator("[data-case-filter-box] summary").ClickAsync();
        var options = await page.EvaluateJsonAsync<OptionCount[]>("""
            () => [...document.querySelectorAll('#filter-doelgroep option')].filter(o => o.value)
              .map(o => ({ value: o.value, count: +o.textContent.match(/\((\d+)\)$/)[1], disabled: o.disabled }))
            """);
        Assert.NotNull(options);
        output.WriteLine(string.Join(", ", options.Select(o => $"{o.Value} {o.Count}{(o.Disabled ? " (disabled)" : "")}")));
        Assert.Contains(options, o => o.Count == 0);
        Assert.All(options, o => Assert.Equal(o.Count == 0, o.Disabled));
        Assert.True(options.Sum(o => o.Count) > 0);

        foreach (var option in options.Where(o => o.Count > 0).Take(3))
        {
            await page.SelectOptionAsync("#filter-doelgroep", option.Value);
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.hr-case-card').length === n", option.Count);
            Assert.Equal(option.Count, await page.Locator(".hr-case-card").CountAsync());
            var themeCount = await page.EvaluateAsync<int>("() => +document.querySelector('#filter-thema option[value=Sport]').textContent.match(/\\((\\d+)\\)$/)[1]");
            Assert.Equal(option.Count, themeCount);
        }
    }

    [SkippableFact]
    public async Task An_empty_cases_list_names_each_filter_to_remove_and_offers_search()
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, 740);
        await site.GotoAsync(page, "/praktijkvoorbeelden/?thema=Sport&doelgroep=Jonge%20moeders");
        Assert.Equal("0 praktijkvoorbeelden", (await page.Locator("[data-case-count]").TextContentAsync())!.Trim());
        Assert.True(await page.Locator("[data-case-empty]").IsVisibleAsync());
        var links = page.Locator("[data-case-empty] li a");
        Assert.Equal(2, await links.CountAsync());
        Assert.StartsWith("Zonder thema ‘Sport’: ", (await links.Nth(0).TextContentAsync())!.Trim());
        Assert.StartsWith("Zonder doelgroep ‘Jonge moeders’: ", (await links.Nth(1).TextContentAsync())!.Trim());
        Assert.Equal("/zoeken/", await page.Locator("[data-case-empty] form[role=search]").GetAttributeAsync("action"));
        Assert.Equal("/praktijkvoorbeelden/?doelgroep=Jonge+moeders", await links.Nth(0).GetAttributeAsync("href"));

        // One click: the list without that filter, as many cases as the link said.
        var promised = int.Parse(System.Text.RegularExpressions.Regex.Match((await links.Nth(0).TextContentAsync())!, @": (\d+) praktijkvoorbeeld").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await links.Nth(0).ClickAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.hr-case-card').length === n", promised);
        Assert.False(await page.Locator("[data-case-empty]").IsVisibleAsync());
        Assert.DoesNotContain("thema=", page.Url);
        Assert.True(await page.Locator("[data-case-works]").IsVisibleAsync(), "the factors and methods that work in the filtered cases are not shown");
    }

    [SkippableTheory]
    [InlineData("jaar-nieuw")]
    [InlineData("jaar-oud")]
    [InlineData("plaats")]
    public async Task The_cases_list_sorts_by_year_and_place(string order)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/praktijkvoorbeelden/");
        await page.SelectOptionAsync("#sorteer", order);
        await page.WaitForFunctionAsync("s => location.search.includes('sorteer=' + s)", order);
        var metas = (await page.Locator(".hr-case-card__meta").AllTextContentsAsync()).Select(m => m.Trim()).ToList();
        Assert.True(metas.Count > 10);
        if (order == "plaats")
        {
            var places = metas.Select(m => m[..m.LastIndexOf(" (", StringComparison.Ordinal)]).ToList();
            var sorted = await page.EvaluateAsync<string[]>("p => [...p].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare)", places);
            Assert.Equal(sorted, places);
        }
        else
        {
            var years = metas.Select(m => System.Text.RegularExpressions.Regex.Match(m, @"· (\d{4})$")).Where(y => y.Success).Select(y => int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(years.Count > 10, "the cards show no years");
            Assert.Equal(order == "jaar-nieuw" ? years.OrderDescending() : years.Order(), years);
        }
    }

    [SkippableFact]
    public async Task What_works_for_parents_leads_from_the_home_page_to_their_cases_and_what_works_in_them()
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, 740);
        await site.GotoAsync(page, "/");
        await page.SelectOptionAsync("#wat-werkt-doelgroep", "Ouders");
        await page.Locator(".hr-what-works__button").ClickAsync();
        await page.WaitForSelectorAsync("[data-active-filters] li");
        Assert.EndsWith("/praktijkvoorbeelden/?doelgroep=Ouders", page.Url);
        var tags = await page.Locator(".hr-case-card__tags").AllTextContentsAsync();
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Contains("Ouders", t));
        Assert.True(await page.Locator("[data-works-factors] a[href^='/succesfactoren/']").CountAsync() > 0);
    }

    /// <summary>On the search page too: a facet's counts say what choosing it would give, and nothing found names the filters to remove.</summary>
    [SkippableFact]
    public async Task Search_facet_counts_follow_the_other_filters_and_nothing_found_names_the_filter_to_remove()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/zoeken/?soort=Methode&land=Belgi%C3%AB");
        Assert.Equal("Geen resultaten met al deze filters.", (await page.Locator("[data-search-status]").TextContentAsync())!.Trim());
        var links = page.Locator("[data-search-empty] li a");
        Assert.Equal(2, await links.CountAsync());
        var methods = (await links.Nth(0).TextContentAsync())!.Trim();
        Assert.StartsWith("Zonder soort ‘Methode’: ", methods);

        await links.Nth(1).ClickAsync(); // without the country: the methods
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.hr-result').length > 0");
        Assert.DoesNotContain("land=", page.Url);
        var status = (await page.Locator("[data-search-status]").TextContentAsync())!.Trim();
        Assert.Equal(5, await page.Locator(".hr-result").CountAsync());
        Assert.Equal("5 resultaten", status);

        // With 'Methode' chosen, another kind's count is what choosing it too would give (any of the two).
        var kinds = await page.EvaluateJsonAsync<OptionCount[]>("""
            () => [...document.querySelectorAll('input[name=soort]')].map(b => ({ value: b.value, count: +b.labels[0].textContent.match(/\((\d+)\)$/)[1], disabled: b.disabled }))
            """);
        var step = kinds!.Single(k => k.Value == "Stap van de route");
        Assert.True(step.Count > 0 && !step.Disabled);
        await page.GetByLabel("Stap van de route (", new PageGetByLabelOptions { Exact = false }).CheckAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.hr-result').length === Math.min(10, n)", 5 + step.Count);
        Assert.Equal($"{5 + step.Count} resultaten", (await page.Locator("[data-search-status]").TextContentAsync())!.Trim());
    }

    [SkippableFact]
    public async Task Time_from_the_last_keystroke_to_the_first_results()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth, 900);
        await site.GotoAsync(page, "/zoeken/?q=vrijwillige");
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

    public sealed record OptionCount(string Value, int Count, bool Disabled);
}
