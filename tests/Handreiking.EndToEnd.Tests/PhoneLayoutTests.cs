using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// At 360 px (a small phone) no page scrolls sideways and its title shows; the header takes at
/// most a quarter of the first screen; every control is a 44 px target; search and the cases list
/// show results within two screens; nothing shifts while the script fills a page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>The width the page needs, and the deepest elements that reach past the viewport's right edge.</summary>
    private const string OverflowScript = """
        () => {
          const width = window.innerWidth;
          const describe = (el) => {
            let text = el.tagName.toLowerCase();
            if (el.id) text += '#' + el.id;
            for (const c of el.classList) text += '.' + c;
            const words = (el.textContent || '').replace(/\s+/g, ' ').trim();
            return words ? `${text} "${words.length > 50 ? words.slice(0, 47) + '...' : words}"` : text;
          };
          const wide = [];
          for (const el of document.body.querySelectorAll('*')) {
            const rect = el.getBoundingClientRect();
            if (rect.width === 0 || rect.right <= width + 0.5) continue;
            if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5)) continue; // report the deepest
            wide.push(`${describe(el)}: right edge at ${Math.round(rect.right)} px, ${Math.round(rect.width)} px wide`);
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide: wide.slice(0, 8), more: Math.max(0, wide.length - 8) };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_fits_360_px_and_shows_its_h1(string path)
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, 740);
        await site.GotoAsync(page, path);

        var overflow = (await page.EvaluateJsonAsync<Overflow>(OverflowScript))!;
        var h1 = page.Locator("h1").First;
        var h1Visible = await page.Locator("h1").CountAsync() > 0 && await h1.IsVisibleAsync();
        var box = h1Visible ? await h1.BoundingBoxAsync() : null;
        output.WriteLine($"{path}: scrollWidth {overflow.ScrollWidth} px in a {overflow.InnerWidth} px viewport; h1 box {(box is null ? "none" : $"{box.X},{box.Y} {box.Width}x{box.Height}")}.");

        var problems = new List<string>();
        if (overflow.ScrollWidth > overflow.InnerWidth)
        {
            problems.Add($"the page is {overflow.ScrollWidth} px wide in a {overflow.InnerWidth} px viewport (scrolls sideways); elements past the right edge:\n    " +
                string.Join("\n    ", overflow.Wide) + (overflow.More > 0 ? $"\n    ... and {overflow.More} more" : ""));
        }

        if (!h1Visible)
        {
            problems.Add("the h1 is missing or not visible.");
        }
        else if (box is null || box.Width <= 0 || box.Height <= 0 || box.X < 0 || box.X + box.Width > overflow.InnerWidth + 0.5)
        {
            problems.Add($"the h1 is not inside the viewport horizontally: {(box is null ? "no box" : $"x {box.X}, width {box.Width}")}.");
        }

        Assert.True(problems.Count == 0, $"{path} at {SitePages.PhoneWidth} px:\n  " + string.Join("\n  ", problems));
    }

    public sealed record Overflow(double ScrollWidth, double InnerWidth, string[] Wide, int More);

    private const int ScreenHeight = 740;

    /// <summary>Controls a finger taps (links inside running text are exempt, as in WCAG 2.5.5), with their size.</summary>
    private const string TargetsScript = """
        () => {
          const selector = [
            'header a', 'header button', 'header input', '.hr-breadcrumb a', 'main button', 'main select', 'main summary',
            'main input[type=search]', '.hr-facet__option', '.hr-list-pager a', '.hr-all-link a', '.hr-tile', '.hr-footer a',
          ].join(', ');
          const small = [];
          let checked = 0;
          for (const el of document.querySelectorAll(selector)) {
            if (!el.checkVisibility({ visibilityProperty: true })) continue;
            const rect = el.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            checked++;
            if (rect.width < 44 || rect.height < 44) {
              const words = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
              small.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${words}": ${Math.round(rect.width)}x${Math.round(rect.height)}`);
            }
          }
          return { checked, small };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task The_header_takes_at_most_a_quarter_of_the_first_screen(string path)
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, ScreenHeight);
        await site.GotoAsync(page, path);
        var box = (await page.Locator("header.hr-header").BoundingBoxAsync())!;
        output.WriteLine($"{path}: header {box.Height:F0} px of {ScreenHeight}.");
        Assert.True(box.Height <= ScreenHeight / 4.0, $"{path}: the header is {box.Height:F0} px high, more than a quarter of {ScreenHeight} px.");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Every_control_is_at_least_44_px(string path)
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, ScreenHeight);
        await site.GotoAsync(page, path);
        if (await page.Locator("[data-search-filter-toggle]").IsVisibleAsync())
        {
            await page.Locator("[data-search-filter-toggle]").ClickAsync(); // the facets are controls too
        }

        var result = (await page.EvaluateJsonAsync<Targets>(TargetsScript))!;
        output.WriteLine($"{path}: {result.Checked} controls checked.");
        Assert.True(result.Checked > 5, $"{path}: only {result.Checked} controls found; the selector no longer matches the page.");
        Assert.True(result.Small.Length == 0, $"{path}: {result.Small.Length} control(s) smaller than 44x44 px:\n  " + string.Join("\n  ", result.Small));
    }

    [SkippableFact]
    public async Task The_menu_button_opens_and_closes_the_navigation()
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, ScreenHeight);
        await site.GotoAsync(page, "/route/");
        var button = page.Locator("[data-menu-button]");
        Assert.False(await page.Locator("#hoofdmenu").IsVisibleAsync());
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#hoofdmenu a[aria-current]").IsVisibleAsync());
        var heights = await page.Locator("#hoofdmenu a").EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 44, $"a menu link is {h} px high"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator("#hoofdmenu").IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData("/zoeken/?q=moeders", ".hr-result")]
    [InlineData("/praktijkvoorbeelden/?doelgroep=Ouders", ".hr-case-card")]
    [InlineData("/praktijkvoorbeelden/", ".hr-case-card")]
    public async Task The_first_result_is_within_the_first_two_screens(string path, string result)
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, ScreenHeight);
        await site.GotoAsync(page, path);
        await page.WaitForSelectorAsync(result);
        var top = await page.Locator(result).First.EvaluateAsync<double>("el => el.getBoundingClientRect().top + window.scrollY");
        output.WriteLine($"{path}: first result at {top:F0} px ({top / ScreenHeight:F2} screens).");
        Assert.True(top < 2 * ScreenHeight, $"{path}: the first result starts at {top:F0} px, below the first two screens ({2 * ScreenHeight} px).");
    }

    /// <summary>
    /// Cumulative layout shift while a page loads and its script fills it (what Lighthouse scores),
    /// from the browser's own layout-shift entries.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Nothing_shifts_while_the_page_loads(string path)
    {
        foreach (var width in new[] { SitePages.PhoneWidth, SitePages.DesktopWidth })
        {
            var page = await site.PageAsync(width, ScreenHeight);
            await site.GotoAsync(page, path);
            await page.WaitForTimeoutAsync(300); // late shifts (a result's excerpt, the share buttons) land by now
            var shift = await page.EvaluateAsync<double>("""
                () => new Promise((resolve) => {
                  let total = 0;
                  new PerformanceObserver((list) => {
                    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
                  }).observe({ type: 'layout-shift', buffered: true });
                  setTimeout(() => resolve(total), 50);
                })
                """);
            output.WriteLine($"{path} at {width} px: cumulative layout shift {shift:F4}.");
            Assert.True(shift < 0.01, $"{path} at {width} px: the layout shifts by {shift:F3} while it loads (Lighthouse counts 0.1 as poor).");
        }
    }

    public sealed record Targets(int Checked, string[] Small);
}
