using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// serve rebuilds when content changes and reloads the open page; a content error shows in an
/// overlay while the last good page stays, and the overlay goes once the error is fixed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class LiveReloadTests(SiteFixture site, ITestOutputHelper output)
{
    private const string CasePath = "/praktijkvoorbeelden/instapje-genk/";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [SkippableFact]
    public async Task Editing_content_reloads_the_page_and_a_broken_file_shows_an_overlay_until_fixed()
    {
        await using var context = await site.NewLiveReloadContextAsync(SitePages.DesktopWidth);
        var page = await context.NewPageAsync();
        var caseFile = Path.Combine(site.ContentDirectory, "praktijkvoorbeelden", "instapje-genk.yml");
        var brokenFile = Path.Combine(site.ContentDirectory, "themas", "kapot.yml");
        var original = await File.ReadAllTextAsync(caseFile);
        var titleLine = TitleLine().Match(original);
        Assert.True(titleLine.Success, $"{caseFile} has no 'titel:' line.");
        var originalTitle = titleLine.Groups[1].Value.Trim();

        try
        {
            await OpenConnectedAsync(page);
            var h1 = await H1Async(page);
            Assert.True(h1 == originalTitle, $"{CasePath}: the h1 is \"{h1}\", not the case's titel \"{originalTitle}\".");

            // 1. A changed title reloads the page and shows the new h1.
            var newTitle = $"{originalTitle} e2e {Guid.NewGuid().ToString("N")[..6]}";
            await page.EvaluateAsync("() => { window.__e2eBeforeEdit = true; }");
            var logFrom = site.ServeLog.Length;
            var watch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(caseFile, string.Concat(original.AsSpan(0, titleLine.Index), $"titel: {newTitle}", original.AsSpan(titleLine.Index + titleLine.Length)));
            var shown = await WaitForH1Async(page, newTitle, Bound);
            var elapsed = watch.Elapsed;
            var rebuilt = await site.WaitForLogAsync(logFrom, l => l.StartsWith("Gebouwd in", StringComparison.Ordinal), TimeSpan.FromSeconds(1));
            Assert.True(shown, $"{CasePath}: the h1 did not become \"{newTitle}\" within {Bound.TotalSeconds} s of the edit; it shows \"{await H1Async(page)}\". serve said:\n{site.ServeLog[logFrom..]}");
            var reloaded = await page.EvaluateAsync<bool>("() => window.__e2eBeforeEdit !== true");
            Assert.True(reloaded, $"{CasePath}: the new h1 shows but the page was not reloaded.");
            output.WriteLine($"Edit to new h1 visible: {elapsed.TotalMilliseconds:F0} ms (serve: \"{rebuilt}\").");

            // Back to the original, and wait until that is served again.
            await File.WriteAllTextAsync(caseFile, original);
            Assert.True(await WaitForH1Async(page, originalTitle, Bound), $"{CasePath}: the original h1 did not come back within {Bound.TotalSeconds} s after restoring the file.");

            // 2. A broken file: the overlay appears, the last good page stays.
            await OpenConnectedAsync(page);
            logFrom = site.ServeLog.Length;
            watch.Restart();
            await File.WriteAllTextAsync(brokenFile, "titel: [\n");
            var overlay = page.Locator(".hr-live-overlay");
            var overlayShown = await WaitAsync(() => overlay.IsVisibleAsync(), Bound);
            var overlayTime = watch.Elapsed;
            Assert.True(overlayShown, $"{CasePath}: no visible .hr-live-overlay within {Bound.TotalSeconds} s of writing themas/kapot.yml. serve said:\n{site.ServeLog[logFrom..]}");
            var overlayText = await overlay.InnerTextAsync();
            output.WriteLine($"Broken file to overlay visible: {overlayTime.TotalMilliseconds:F0} ms. Overlay: {overlayText.ReplaceLineEndings(" / ")}");
            Assert.True(overlayText.Contains("kapot.yml", StringComparison.Ordinal), $"{CasePath}: the overlay does not name the broken file: {overlayText}");
            h1 = await H1Async(page);
            Assert.True(h1 == originalTitle, $"{CasePath}: with a content error the page shows \"{h1}\", not the last good \"{originalTitle}\".");
            var served = await site.Http.GetStringAsync(new Uri(site.BaseUrl + CasePath));
            Assert.True(served.Contains($">{originalTitle}</h1>", StringComparison.Ordinal), $"{CasePath}: with a content error serve no longer sends the last good page.");

            // 3. Fixing it: the next good rebuild removes the overlay.
            logFrom = site.ServeLog.Length;
            watch.Restart();
            File.Delete(brokenFile);
            var overlayGone = await WaitAsync(async () => !await overlay.IsVisibleAsync(), Bound);
            var goneTime = watch.Elapsed;
            var goodBuild = await site.WaitForLogAsync(logFrom, l => l.StartsWith("Gebouwd in", StringComparison.Ordinal), TimeSpan.FromSeconds(1));
            Assert.True(overlayGone, $"{CasePath}: the overlay was still there {Bound.TotalSeconds} s after deleting themas/kapot.yml. serve said:\n{site.ServeLog[logFrom..]}");
            Assert.True(goodBuild is not null, $"{CasePath}: the overlay went, but serve reported no successful rebuild:\n{site.ServeLog[logFrom..]}");
            Assert.True(await WaitForH1Async(page, originalTitle, Bound), $"{CasePath}: after the fix the page shows \"{await H1Async(page)}\", not \"{originalTitle}\".");
            output.WriteLine($"Fix to overlay gone: {goneTime.TotalMilliseconds:F0} ms (serve: \"{goodBuild}\").");
        }
        finally
        {
            var logFrom = site.ServeLog.Length;
            var changed = File.Exists(brokenFile) || await File.ReadAllTextAsync(caseFile) != original;
            File.Delete(brokenFile);
            if (await File.ReadAllTextAsync(caseFile) != original)
            {
                await File.WriteAllTextAsync(caseFile, original);
            }

            if (changed)
            {
                // Leave the next test a site built from the original content.
                await site.WaitForLogAsync(logFrom, l => l.StartsWith("Gebouwd in", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
            }
        }
    }

    /// <summary>Opens the case page and waits until its live-reload event stream answers (serve sends the current state first).</summary>
    private async Task OpenConnectedAsync(IPage page)
    {
        var connected = page.WaitForResponseAsync(r => r.Url == site.BaseUrl + "/__live", new PageWaitForResponseOptions { Timeout = 10_000 });
        await site.GotoAsync(page, CasePath);
        var response = await connected;
        Assert.True(response.Ok, $"{CasePath}: /__live answered {response.Status}.");
    }

    private static async Task<string?> H1Async(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string?>("() => document.querySelector('h1')?.textContent.replace(/\\s+/g, ' ').trim() ?? null");
        }
        catch (PlaywrightException)
        {
            return null; // the page is reloading
        }
    }

    private static Task<bool> WaitForH1Async(IPage page, string title, TimeSpan timeout) =>
        WaitAsync(async () => await H1Async(page) == title, timeout);

    /// <summary>Polls every 20 ms; a check that throws because the page is navigating counts as not yet.</summary>
    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (PlaywrightException)
            {
                // navigating
            }

            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20);
        }
    }

    [GeneratedRegex(@"^titel:(.*)$", RegexOptions.Multiline, "nl-NL")]
    private static partial Regex TitleLine();
}
