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

    /// <summary>Pagefind indexes the real site in well under a minute; 10,000 extra cases take about 20 s.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Indexes <paramref name="siteDirectory"/> into its <c>/pagefind/</c> folder (a fresh folder, as in a build).</summary>
    public void Index(string siteDirectory) => Index(siteDirectory, Path.Combine(siteDirectory, OutputFolder));

    /// <summary>
    /// Indexes a live site again: into a new folder beside it, then swapped in, so the index never
    /// keeps fragments of pages that were deleted and readers never see half an index.
    /// </summary>
    public void Reindex(string siteDirectory)
    {
        var site = Path.GetFullPath(siteDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var fresh = site + ".pagefind-" + Environment.ProcessId;
        var live = Path.Combine(site, OutputFolder);
        var old = live + ".old-" + Environment.ProcessId;
        DeleteIfPresent(fresh);
        try
        {
            Index(site, fresh);
            if (Directory.Exists(live) && !Output.FolderExchange.TryExchange(fresh, live))
            {
                Directory.Move(live, old);
                Directory.Move(fresh, live);
            }
            else if (!Directory.Exists(live))
            {
                Directory.Move(fresh, live);
            }
        }
        finally
        {
            DeleteIfPresent(fresh); // after an exchange: the old index
            DeleteIfPresent(old);
        }
    }

    private void Index(string siteDirectory, string outputPath)
    {
        if (!IsAvailable)
        {
            throw new SiteBuildException($"Pagefind ontbreekt in {themeDirectory}/node_modules; de zoekindex kan niet gemaakt worden.");
        }

        var watch = Stopwatch.StartNew();
        var result = Processes.ProcessRunner.Run(Executable, ["--site", siteDirectory, "--output-path", outputPath, "--silent"], Timeout);
        if (!result.Started)
        {
            throw new SiteBuildException("Pagefind kon niet gestart worden.");
        }

        if (result.TimedOut)
        {
            throw new SiteBuildException($"Pagefind was na {Timeout.TotalMinutes} minuten nog niet klaar en is gestopt.");
        }

        if (result.ExitCode != 0)
        {
            throw new SiteBuildException($"Pagefind mislukte (code {result.ExitCode}): {result.Errors.Trim()}");
        }

        log($"Zoekindex gemaakt in {watch.ElapsedMilliseconds} ms.");
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
