using System.Diagnostics;

namespace Handreiking.Site.Search;

/// <summary>
/// Indexes a written site with Pagefind (from the theme's npm packages) into <c>/pagefind/</c>.
/// Pagefind reads only what pages mark with <c>data-pagefind-*</c>; its output is the same for the
/// same pages, so builds stay byte-identical.
/// </summary>
public sealed class SearchIndexer(string themeDirectory, Action<string> log)
{
    public const string OutputFolder = "pagefind";

    public bool IsAvailable => File.Exists(Executable);

    private string Executable => Path.Combine(themeDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    public void Index(string siteDirectory)
    {
        if (!IsAvailable)
        {
            throw new SiteBuildException($"Pagefind ontbreekt in {themeDirectory}/node_modules; de zoekindex kan niet gemaakt worden.");
        }

        var watch = Stopwatch.StartNew();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--site", siteDirectory, "--output-subdir", OutputFolder, "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new SiteBuildException("Pagefind kon niet gestart worden.");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new SiteBuildException($"Pagefind mislukte (code {process.ExitCode}): {errors.Result.Trim()}");
        }

        log($"Zoekindex gemaakt in {watch.ElapsedMilliseconds} ms.");
    }
}
