using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// The checks themselves can fail: a planted problem is found. Without these a passing run could
/// also mean that axe or the CSP recorder silently did not run.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HarnessTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Axe_finds_a_planted_image_without_alt_text()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, "/over/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/favicon-e2e.png'; img.id = 'e2e-planted'; document.querySelector('main').append(img); }");

#pragma warning disable CS0618 // as in AccessibilityTests
        var result = await page.RunAxeLegacy(null, new AxeRunOptions
        {
            ResultTypes = [ResultType.Violations],
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
#pragma warning restore CS0618

        var imageAlt = result.Violations.FirstOrDefault(v => v.Id == "image-alt");
        Assert.True(imageAlt is not null, "axe did not report the planted <img> without alt: " + string.Join(", ", result.Violations.Select(v => v.Id)));
        Assert.Contains(imageAlt!.Nodes, n => n.Target.ToString().Contains("#e2e-planted", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_CSP_recorder_and_console_capture_see_a_planted_inline_script()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        var console = new List<string>();
        void Log(object? sender, IConsoleMessage message)
        {
            lock (console)
            {
                console.Add(message.Text);
            }
        }

        page.Console += Log;
        try
        {
            await site.GotoAsync(page, "/over/");

            // An inline script, added by the page's own DOM: the production policy must block it.
            await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__e2eRan = true'; document.body.append(s); }");
            await page.WaitForTimeoutAsync(200);
        }
        finally
        {
            page.Console -= Log;
        }

        var ran = await page.EvaluateAsync<bool>("() => window.__e2eRan === true");
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.False(ran, "the inline script ran: the page is not under the production Content-Security-Policy.");
        Assert.Contains(violations, v => v.StartsWith("script-src-elem blocked inline", StringComparison.Ordinal));
        lock (console)
        {
            Assert.Contains(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        }
    }

    [SkippableFact]
    public async Task The_keyboard_walk_flags_a_planted_link_without_focus_indicator()
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, "/over/");
        await page.EvaluateAsync("""
            () => {
              const link = document.createElement('a');
              link.href = '#e2e';
              link.id = 'e2e-planted';
              link.textContent = 'planted';
              link.style.setProperty('outline', 'none', 'important');
              link.style.setProperty('box-shadow', 'none', 'important');
              document.querySelector('main').append(link);
            }
            """);

        var walk = await KeyboardTests.WalkAsync(page);

        Assert.Contains(walk.Expected, e => e.Description.StartsWith("a#e2e-planted", StringComparison.Ordinal));
        Assert.Contains(walk.Reached.Values, a => a.Description.StartsWith("a#e2e-planted", StringComparison.Ordinal));
        Assert.Contains(walk.InvisibleFocus, a => a.Description.StartsWith("a#e2e-planted", StringComparison.Ordinal));
    }
}
