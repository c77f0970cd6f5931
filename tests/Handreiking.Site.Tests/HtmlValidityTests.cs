using System.Text.Json;
using Handreiking.Site.Processes;

namespace Handreiking.Site.Tests;

/// <summary>
/// The Nu Html Checker (npm vnu-jar, which needs Java) finds no error on any page of the real
/// handbook's site. It once found 723: <c>&lt;meta data-pagefind-meta&gt;</c> without a name on
/// every searchable page. Without Java the tests are skipped and say why.
/// </summary>
public sealed class HtmlValidityTests
{
    private static readonly string Tools = Path.Combine(Repository.Root, "tests", "tools");
    private static readonly string Jar = Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    private static readonly Lock InstallGate = new();

    [SkippableFact]
    public void Every_page_of_the_real_site_is_valid_html()
    {
        RequireChecker();
        using var folder = new TempFolder();
        var output = folder.Combine("site");
        var result = new SiteBuilder(Repository.Options(Repository.Content, output)).Build();
        Assert.True(result.Success, result.Error);

        var errors = Check(output);
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) from the Nu Html Checker:\n" + string.Join("\n", errors.Take(20)));
    }

    [SkippableFact]
    public void The_checker_reports_a_meta_element_without_a_name()
    {
        RequireChecker();
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("index.html"),
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>T</title>\n<meta data-pagefind-meta=\"soort[content]\" content=\"Stap\"></head><body><p>x</p></body></html>");
        var error = Assert.Single(Check(folder.Path));
        Assert.Contains("index.html:2:", error);
        Assert.Contains("meta", error);
    }

    /// <summary>Every error as <c>file:line:column: message</c>.</summary>
    private static List<string> Check(string folder)
    {
        var run = ProcessRunner.Run("java", ["-jar", Jar, "--errors-only", "--skip-non-html", "--format", "json", folder], TimeSpan.FromMinutes(5));
        Assert.True(run.Started && !run.TimedOut, $"vnu did not run: {run.Errors}");
        using var json = JsonDocument.Parse(run.Errors); // vnu writes its report to standard error
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Relative(folder, m)}:{Number(m, "lastLine")}:{Number(m, "firstColumn")}: {m.GetProperty("message").GetString()}")];
    }

    /// <summary>The page's path in the site; vnu names files as <c>file:/tmp/…</c>.</summary>
    private static string Relative(string folder, JsonElement message) =>
        message.TryGetProperty("url", out var url) && url.GetString() is { } address
            ? Path.GetRelativePath(folder, Uri.UnescapeDataString(address.StartsWith("file:", StringComparison.Ordinal) ? address["file:".Length..] : address))
            : "?";

    private static string Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    /// <summary>Skips without Java; installs the checker from tests/tools/package-lock.json when it is missing.</summary>
    private static void RequireChecker()
    {
        var java = ProcessRunner.Run("java", ["-version"], TimeSpan.FromMinutes(1));
        Skip.If(!java.Started, "Java is not installed (Debian: apt-get install default-jre-headless); the Nu Html Checker needs it.");
        lock (InstallGate)
        {
            if (!File.Exists(Jar))
            {
                var npm = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(10), Tools);
                Assert.True(npm.Succeeded, $"npm ci in {Tools} failed: {npm.Errors}");
            }
        }

        Assert.True(File.Exists(Jar), $"{Jar} is missing after npm ci.");
    }
}
