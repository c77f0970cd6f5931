using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>No page asks anything of another host, and the production Content-Security-Policy blocks nothing the site does.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class PrivacyAndSecurityTests(SiteFixture site, ITestOutputHelper output)
{
    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Every_request_stays_on_the_site(string path)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        var requests = new List<string>();
        void Record(object? sender, IRequest request)
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        }

        page.Request += Record;
        try
        {
            await site.GotoAsync(page, path);
            await SettleAsync(page);
        }
        finally
        {
            page.Request -= Record;
        }

        string[] all;
        lock (requests)
        {
            all = [.. requests];
        }

        var origin = site.BaseUrl + "/";
        var outside = all.Where(url => !url.StartsWith(origin, StringComparison.Ordinal)).ToList();
        output.WriteLine($"{path}: {all.Length} request(s):\n  " + string.Join("\n  ", all));
        Assert.True(all.Length > 0, $"{path}: no request was recorded, so nothing was checked.");
        Assert.True(outside.Count == 0, $"{path}: {outside.Count} request(s) leave {site.BaseUrl}:\n  " + string.Join("\n  ", outside));
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_breaks_no_Content_Security_Policy_and_logs_nothing(string path)
    {
        // The fixture's init script records securitypolicyviolation events on window.__cspViolations.
        var page = await site.PageAsync(SitePages.DesktopWidth);
        var console = new List<string>();
        void Log(object? sender, IConsoleMessage message)
        {
            lock (console)
            {
                console.Add($"console.{message.Type}: {message.Text} ({message.Location})");
            }
        }

        void Error(object? sender, string error)
        {
            lock (console)
            {
                console.Add($"uncaught error: {error}");
            }
        }

        page.Console += Log;
        page.PageError += Error;
        IResponse response;
        try
        {
            response = await site.GotoAsync(page, path);
            await SettleAsync(page);
        }
        finally
        {
            page.Console -= Log;
            page.PageError -= Error;
        }

        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.True(policy is not null, $"{path}: the response has no Content-Security-Policy header.");
        var production = ProductionPolicy();
        Assert.True(policy == production, $"{path}: the served Content-Security-Policy is not the production one (netlify.toml).\n  served:     {policy}\n  production: {production}");

        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? ['(the recorder did not run)']");
        string[] messages;
        lock (console)
        {
            messages = [.. console];
        }

        output.WriteLine($"{path}: {violations.Length} CSP violation(s), {messages.Length} console message(s).");
        var problems = violations.Select(v => "CSP violation: " + v).Concat(messages).ToList();
        Assert.True(problems.Count == 0, $"{path}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Scrolls to the end, so lazy content loads too, and gives late requests a moment.</summary>
    private static async Task SettleAsync(IPage page)
    {
        // 'instant': with the theme's smooth scrolling a plain scrollTo held the page for a second or more.
        await page.EvaluateAsync("() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })");
        await page.WaitForTimeoutAsync(300);
    }

    private string ProductionPolicy()
    {
        var toml = File.ReadAllText(Path.Combine(site.RepositoryRoot, "netlify.toml"));
        var match = PolicyLine().Match(toml);
        Assert.True(match.Success, "netlify.toml has no Content-Security-Policy line to compare with.");
        return JsonSerializer.Deserialize<string>(match.Groups[1].Value)!;
    }

    [GeneratedRegex("""Content-Security-Policy\s*=\s*("(?:[^"\\]|\\.)*")""")]
    private static partial Regex PolicyLine();
}
