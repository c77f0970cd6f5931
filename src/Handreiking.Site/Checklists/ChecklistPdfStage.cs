using System.Diagnostics;
using System.Globalization;
using Handreiking.Site.Pages;
using Microsoft.Playwright;

namespace Handreiking.Site.Checklists;

/// <summary>
/// <c>build --pdf</c>: prints every checklist's page to a PDF with headless Chromium through
/// Playwright: one browser for all of them, several pages at once. The browser starts while the
/// site is built; pages link to the PDFs only when it did, so a machine without Chromium gets a
/// whole site without PDFs and a clear message, never a broken link. The pages are served to the
/// browser from the staging folder by request interception (no server, nothing leaves the
/// machine) under the handbook's own address, so links in a PDF lead to the real site.
/// </summary>
internal sealed class ChecklistPdfStage : IDisposable
{
    /// <summary>Names another Chromium than Debian's <c>/usr/bin/chromium</c>.</summary>
    public const string BrowserVariable = "HANDREIKING_CHROMIUM";

    private static readonly string[] BrowserArgs = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(60);

    private readonly Task<(IPlaywright? Playwright, IBrowser? Browser, string? Problem)> _launch;
    private readonly List<string> _messages = [];
    private IReadOnlyList<PdfJob> _jobs = [];
    private string _baseUrl = "https://handreiking.invalid/";
    private DateOnly _versionDate;

    private ChecklistPdfStage(Task<(IPlaywright?, IBrowser?, string?)> launch) => _launch = launch;

    /// <summary>What the build tells its user whether or not it was verbose: PDFs made, or why not.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>Starts the browser in the background, while the site is built.</summary>
    /// <param name="browser">The Chromium to use; null: <see cref="BrowserVariable"/>, Debian's, or Playwright's own.</param>
    public static ChecklistPdfStage Start(string? browser) => new(Task.Run(() => LaunchAsync(browser)));

    /// <summary>Whether the browser started; waits for it. Pages link to the PDFs only when it did.</summary>
    public bool IsReady()
    {
        var (_, browser, problem) = _launch.GetAwaiter().GetResult();
        if (browser is null && _messages.Count == 0)
        {
            _messages.Add($"De PDF's van de checklists zijn overgeslagen: {problem} De website is verder compleet; de pagina's linken niet naar PDF's.");
        }

        return browser is not null;
    }

    /// <summary>Takes the checklists to print from the build's context.</summary>
    public void Plan(SiteContext context)
    {
        _baseUrl = context.Handbook.BaseUrl.TrimEnd('/') + "/";
        _versionDate = context.Handbook.VersionDate;
        _jobs = [.. context.Checklists.Select(c => new PdfJob(context.Urls.Checklist(c.Id), context.Urls.ChecklistPdf(c.Id)))];
    }

    /// <summary>The site's files and the PDFs this stage will add, for the link check (which runs before they exist).</summary>
    public IReadOnlySet<string> WithPlanned(IReadOnlySet<string> addresses) =>
        IsReady() ? addresses.Concat(_jobs.Select(j => j.PdfPath)).ToHashSet(StringComparer.Ordinal) : addresses;

    /// <summary>Prints every planned checklist into the complete staging folder, before it goes live.</summary>
    public void Write(string staging)
    {
        var (_, browser, _) = _launch.GetAwaiter().GetResult();
        if (browser is null)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            WriteAsync(browser, staging).GetAwaiter().GetResult();
        }
        catch (PlaywrightException e)
        {
            throw new SiteBuildException($"De PDF's van de checklists konden niet gemaakt worden: {FirstLine(e.Message)}. Bouw zonder --pdf, of kijk of Chromium werkt.");
        }

        _messages.Add(string.Create(CultureInfo.InvariantCulture, $"PDF's gemaakt: {_jobs.Count} checklists in {watch.Elapsed.TotalSeconds:F1} s."));
    }

    public void Dispose()
    {
        if (!_launch.IsCompleted)
        {
            _launch.Wait(LaunchTimeout);
        }

        if (_launch.IsCompletedSuccessfully)
        {
            var (playwright, browser, _) = _launch.Result;
            browser?.CloseAsync().GetAwaiter().GetResult();
            playwright?.Dispose();
        }
    }

    private async Task WriteAsync(IBrowser browser, string staging)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ServiceWorkers = ServiceWorkerPolicy.Block });
        context.SetDefaultTimeout(30_000);
        await context.RouteAsync("**/*", route => Serve(route, staging));

        // Chromium lays out and prints in its own processes: a few pages at once keep both cores busy.
        var queue = new Queue<PdfJob>(_jobs);
        var gate = new Lock();
        var workers = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount * 2, 2, 6)).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            while (true)
            {
                PdfJob? job;
                lock (gate)
                {
                    job = queue.Count > 0 ? queue.Dequeue() : null;
                }

                if (job is null)
                {
                    break;
                }

                await page.GotoAsync(_baseUrl + job.PageUrl.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true });
                await File.WriteAllBytesAsync(Path.Combine(staging, job.PdfPath.TrimStart('/')), PdfNormalizer.Normalize(pdf, _versionDate));
            }

            await page.CloseAsync();
        }).ToList();
        await Task.WhenAll(workers);
    }

    /// <summary>Answers the browser from the staging folder for the site's own address; anything else is refused.</summary>
    private async Task Serve(IRoute route, string staging)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(_baseUrl, StringComparison.Ordinal))
        {
            await route.AbortAsync("blockedbyclient");
            return;
        }

        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        var file = Path.GetFullPath(Path.Combine(staging, Urls.OutputPath(path)));
        if (!file.StartsWith(Path.GetFullPath(staging) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = string.Empty });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = ContentType(file) });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private static async Task<(IPlaywright?, IBrowser?, string?)> LaunchAsync(string? browser)
    {
        var configured = browser ?? Environment.GetEnvironmentVariable(BrowserVariable);
        var executable = configured is { Length: > 0 } ? configured : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (configured is { Length: > 0 } && !File.Exists(configured))
        {
            return (null, null, $"Chromium is niet gevonden op {configured}.");
        }

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();

            // Without Debian's Chromium, the browser Playwright installed itself (npx playwright install chromium), if any.
            var launched = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = BrowserArgs,
                Timeout = (float)LaunchTimeout.TotalMilliseconds,
            });
            return (playwright, launched, null);
        }
        catch (Exception e) when (e is PlaywrightException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            playwright?.Dispose();
            var reason = executable is null
                ? "er is geen Chromium gevonden (Debian: apt-get install chromium)."
                : $"Chromium ({executable}) start niet: {FirstLine(e.Message)}.";
            return (null, null, reason);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim().TrimEnd('.');

    private sealed record PdfJob(string PageUrl, string PdfPath);
}
