using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

/// <summary>All end-to-end tests share one <c>handreiking serve</c> process and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Served site";
}

/// <summary>
/// Starts <c>dotnet handreiking.dll serve</c> on a copy of the repository's content (tests may edit
/// it), the real theme and a temporary output folder, on a free port; launches Debian's Chromium
/// once. Everything is stopped and removed on dispose.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium: Playwright's own browser builds are never downloaded. HANDREIKING_E2E_CHROMIUM
    /// names another binary (a missing one shows how the tests skip, or fail under CI=true).
    /// </summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("HANDREIKING_E2E_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The first build may run <c>npm ci</c> in the theme, which takes a minute on a fresh machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly StringBuilder _log = new();
    private readonly Lock _logGate = new();
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "handreiking-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _serve;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _browserProblem;
    private bool _browserMissing;

    public SiteFixture()
    {
        RepositoryRoot = Testing.RepositoryRoot.Find();
        ThemeDirectory = Path.Combine(RepositoryRoot, "theme");
        ContentDirectory = Path.Combine(_workDirectory, "content");
        OutputDirectory = Path.Combine(_workDirectory, "site");
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary copy of the content that serve watches; tests may change it and must restore it.</summary>
    public string ContentDirectory { get; }

    public string ThemeDirectory { get; }

    public string OutputDirectory { get; }

    public int Port { get; private set; }

    /// <summary>http://localhost:PORT, without a trailing slash.</summary>
    public string BaseUrl => $"http://localhost:{Port}";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Everything serve has written to stdout and stderr so far.</summary>
    public string ServeLog
    {
        get
        {
            lock (_logGate)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        CopyDirectory(Path.Combine(RepositoryRoot, "content"), ContentDirectory);
        Directory.CreateDirectory(OutputDirectory);
        Port = FreePort();
        StartServe();
        try
        {
            await WaitUntilServedAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: leave no serve process behind.
            await DisposeAsync();
            throw;
        }

        await LaunchBrowserAsync();
    }

    /// <summary>
    /// The shared browser. Without Chromium the calling test is skipped with the reason, except in CI
    /// (CI=true), which installs Chromium and so must fail instead of silently skipping.
    /// </summary>
    public IBrowser RequireBrowser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        var reason = _browserProblem ?? "The browser was not started.";
        if (_browserMissing && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip.If(true, reason);
        }

        throw new InvalidOperationException(reason);
    }

    /// <summary>
    /// Injected into every page before its own scripts, through the browser protocol (so the page's
    /// Content-Security-Policy does not apply to it):
    /// - records every CSP violation on <c>window.__cspViolations</c>;
    /// - keeps live reload from reloading a page under test, because serve also rebuilds when someone
    ///   edits the real theme folder during a run: the page still loads /__live.js and opens /__live,
    ///   but the <c>reload</c> and <c>failed</c> events are only counted on <c>window.__e2eHeldLiveEvents</c>.
    /// </summary>
    private const string PageInitScript = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'}` +
            ` at ${e.sourceFile || e.documentURI}:${e.lineNumber}:${e.columnNumber}` + (e.sample ? ` sample "${e.sample}"` : ''));
        }, true);
        (() => {
          const Native = window.EventSource;
          if (!Native || window.__e2eLiveReload) return;
          window.__e2eHeldLiveEvents = [];
          window.EventSource = class extends Native {
            addEventListener(type, listener, options) {
              if (type === 'reload' || type === 'failed') {
                return super.addEventListener(type, () => window.__e2eHeldLiveEvents.push(type), options);
              }
              return super.addEventListener(type, listener, options);
            }
          };
        })();
        """;

    private IBrowserContext? _sharedContext;
    private IPage? _sharedPage;

    /// <summary>
    /// The one page that the browser tests share, one after another (a new page costs a renderer
    /// process, about a second on this machine): cleared to about:blank and sized to the viewport
    /// asked for. Its live reload is held (see <see cref="PageInitScript"/>).
    /// </summary>
    public async Task<IPage> PageAsync(int width, int height = 800)
    {
        var browser = RequireBrowser();
        if (_sharedPage is null || _sharedPage.IsClosed)
        {
            if (_sharedContext is not null)
            {
                await _sharedContext.CloseAsync();
            }

            _sharedContext = await NewContextAsync(browser, width, height, liveReload: false);
            _sharedPage = await _sharedContext.NewPageAsync();
        }

        await _sharedPage.GotoAsync("about:blank");
        await _sharedPage.SetViewportSizeAsync(width, height);
        return _sharedPage;
    }

    /// <summary>A fresh browser context (no cookies, no cache) whose pages act on live reload; the caller closes it.</summary>
    public Task<IBrowserContext> NewLiveReloadContextAsync(int width, int height = 800) =>
        NewContextAsync(RequireBrowser(), width, height, liveReload: true);

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, int width, int height, bool liveReload)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        if (liveReload)
        {
            await context.AddInitScriptAsync("window.__e2eLiveReload = true;");
        }

        await context.AddInitScriptAsync(PageInitScript);
        return context;
    }

    /// <summary>
    /// Opens a path of the site and waits for its load event, and for pages that the script fills
    /// (<see cref="SitePages.ReadyWhen"/>) until it has; fails when there is no response.
    /// </summary>
    public async Task<IResponse> GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is not null, $"{path}: the browser got no response.");
        if (SitePages.ReadyWhen(path) is { } ready)
        {
            await page.WaitForSelectorAsync(ready, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }

        return response!;
    }

    /// <summary>Waits until serve prints a line that matches, after the given position in its log.</summary>
    public async Task<string?> WaitForLogAsync(int from, Func<string, bool> match, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            var log = ServeLog;
            if (log.Length > from)
            {
                var line = log[from..].Split('\n').FirstOrDefault(match);
                if (line is not null)
                {
                    return line.Trim();
                }
            }

            await Task.Delay(20);
        }

        return null;
    }

    public async Task DisposeAsync()
    {
        // serve's own account of the run, for when a test failure needs explaining.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "e2e-serve.log"), ServeLog);
        if (_sharedContext is not null)
        {
            await _sharedContext.CloseAsync();
            _sharedContext = null;
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_serve is not null)
        {
            try
            {
                if (!_serve.HasExited)
                {
                    _serve.Kill(entireProcessTree: true);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await _serve.WaitForExitAsync(timeout.Token);
                }
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
            catch (OperationCanceledException)
            {
                // did not stop in time; nothing more to do
            }

            _serve.Dispose();
            _serve = null;
        }

        Http.Dispose();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // already removed
        }
        catch (IOException)
        {
            // a file still open: the temp folder is cleaned by the system
        }
    }

    private void StartServe()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "handreiking.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"handreiking.dll is not in the test output ({AppContext.BaseDirectory}); the project must reference Handreiking.Cli.", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "serve", "--content", ContentDirectory, "--theme", ThemeDirectory, "--out", OutputDirectory, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _serve = new Process { StartInfo = start, EnableRaisingEvents = true };
        _serve.OutputDataReceived += (_, e) => Append(e.Data);
        _serve.ErrorDataReceived += (_, e) => Append(e.Data);
        _serve.Start();
        _serve.BeginOutputReadLine();
        _serve.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            _log.Append(line).Append('\n');
        }
    }

    private async Task WaitUntilServedAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_serve!.HasExited)
            {
                throw new InvalidOperationException($"handreiking serve stopped with exit code {_serve.ExitCode} before the site answered:\n{ServeLog}");
            }

            try
            {
                // serve listens only after its first build, so any answer means that build is done.
                using var response = await Http.GetAsync(new Uri(BaseUrl + "/"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                throw new InvalidOperationException($"handreiking serve answers {BaseUrl}/ with {(int)response.StatusCode}: its first build failed:\n{ServeLog}");
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"handreiking serve did not answer on {BaseUrl}/ within {StartTimeout.TotalSeconds} s:\n{ServeLog}");
    }

    private async Task LaunchBrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _browserMissing = true;
            _browserProblem = $"Chromium is not installed at {ChromiumPath} (Debian: apt-get install chromium); browser tests cannot run.";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException e)
        {
            _browserProblem = $"Chromium at {ChromiumPath} could not be started: {e.Message}";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
