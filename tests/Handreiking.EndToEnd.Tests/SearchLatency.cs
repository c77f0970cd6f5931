using System.Globalization;
using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// How long a reader waits for search results: from the last key stroke of a word typed into the
/// search page to the moment its results are on the page and announced. Shared by the browser
/// tests (the real handbook) and the benchmark (10,000 cases); it measures, it does not judge.
/// </summary>
public static class SearchLatency
{
    /// <summary>Milliseconds between two key strokes: a steady typist.</summary>
    private const int KeyDelay = 80;

    /// <summary>
    /// Watches the page from inside: the time of the last <c>input</c> event, and the first time
    /// after it that the status line announces results for the whole word. The status is written
    /// last, after the results and the filter counts, so this is when a reader sees everything.
    /// </summary>
    private const string Watch = """
        (query) => {
          window.__latency = { lastInput: 0, shown: 0 };
          const input = document.querySelector('[data-search] input[name=q]');
          const status = document.querySelector('[data-search-status]');
          input.addEventListener('input', () => { window.__latency.lastInput = performance.now(); window.__latency.shown = 0; });
          new MutationObserver(() => {
            const l = window.__latency;
            if (l.lastInput && !l.shown && input.value === query && status.textContent.includes(query) &&
                document.querySelector('.hr-result')) {
              l.shown = performance.now();
            }
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }
        """;

    /// <summary>
    /// Opens the search page, waits until the search index has loaded (the filters are shown, as a
    /// reader would have before typing; on a phone they sit in a closed disclosure), types <paramref name="query"/> and returns the time from
    /// its last key stroke to its announced results, with the number of results.
    /// </summary>
    /// <param name="page">A browser page.</param>
    /// <param name="searchUrl">The full address of the search page.</param>
    /// <param name="query">A word that has results.</param>
    public static async Task<(double Milliseconds, int Results)> MeasureAsync(IPage page, string searchUrl, string query)
    {
        await page.GotoAsync(searchUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.Locator("[data-search-facets] input[type=checkbox]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.EvaluateAsync(Watch, query);
        var input = page.Locator("[data-search] input[name=q]");
        await input.FocusAsync();
        await input.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = KeyDelay });
        await page.WaitForFunctionAsync("() => window.__latency.shown > 0", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var milliseconds = await page.EvaluateAsync<double>("() => window.__latency.shown - window.__latency.lastInput");
        var results = await page.Locator(".hr-result").CountAsync();
        return (milliseconds, results);
    }

    /// <summary>One line for a report: each word's time, then the median and the slowest.</summary>
    public static string Report(IReadOnlyList<(string Query, double Milliseconds)> times)
    {
        var sorted = times.Select(t => t.Milliseconds).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"search latency (last key stroke to announced results): {string.Join(", ", times.Select(t => $"{t.Query} {t.Milliseconds:F0} ms"))}; median {median:F0} ms, slowest {sorted[^1]:F0} ms");
    }
}
