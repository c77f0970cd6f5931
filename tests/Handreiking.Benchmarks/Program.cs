using System.Diagnostics;
using System.Globalization;
using Handreiking.Benchmarks;
using Handreiking.Core.Loading;
using Handreiking.Site;

// Plain console benchmarks (BenchmarkDotNet would take minutes per case on this machine):
//   load [cases] [runs]  generate N cases, then load and validate them several times in one process
//   site [cases]         generate N cases, then build the whole site once (no search index)
//   handbook [cases]     the real content plus N generated cases (as ../shared/tools/perf-sites makes it), built once (no search index)
//   render [cases] [runs] generate N cases, then render every page several times (the build's render stage alone)
//   rebuild [runs]       the real handbook in serve's way: one build, then a title edit and a rebuild, several times
//   search [cases]       the real content plus N generated cases, built with search, served, and searched in
//                        Debian's Chromium: last key stroke to announced results for six words
//   hostile [runs]       load a content folder whose one extra file is 1 MB of '[' (the linear depth check)
// Run each in a fresh process for first-run figures:
//   dotnet run -c Release --project tests/Handreiking.Benchmarks -- load 10000 5
var mode = args.Length > 0 ? args[0] : "load";
var caseCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var root = Path.Combine(Path.GetTempPath(), mode is "handbook" or "search" ? $"handreiking-bench-handbook-{caseCount}" : $"handreiking-bench-{caseCount}");
if (mode is "handbook" or "search" && !Directory.Exists(root))
{
    SyntheticContent.WriteOnRealContent(Path.Combine(FindRepository(), "content"), root, caseCount);
}
else if (mode is not "hostile" and not "rebuild" and not "handbook" and not "search" && !Directory.Exists(root))
{
    SyntheticContent.Write(root, caseCount);
}

Console.WriteLine($"content: {root} ({caseCount} cases)");
using var process = Process.GetCurrentProcess();
switch (mode)
{
    case "load":
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var result = new HandbookLoader().Load(root);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine($"run {run + 1}: load+validate {watch.Elapsed.TotalMilliseconds:F0} ms, {result.FileCount} files, {result.Diagnostics.Count} diagnostics, {result.Handbook.Cases.Count} cases");
        }

        Console.WriteLine($"first run {times[0]:F0} ms; best {times.Min():F0} ms; median {times.Order().ElementAt(times.Count / 2):F0} ms");
        break;
    case "site":
    case "handbook":
        var theme = Path.Combine(FindRepository(), "theme");
        var output = Path.Combine(Path.GetTempPath(), $"handreiking-bench-{mode}-out-{caseCount}");
        var siteWatch = Stopwatch.StartNew();
        var build = new SiteBuilder(new SiteOptions { ContentDirectory = root, ThemeDirectory = theme, OutputDirectory = output, Search = false }, Console.WriteLine).Build();
        siteWatch.Stop();
        Console.WriteLine($"site build: {(build.Success ? "ok" : "FAILED " + build.Error + string.Join("; ", build.BrokenLinks.Take(3)))}, {build.PageCount} pages, {build.FileCount} files in {siteWatch.Elapsed.TotalMilliseconds:F0} ms");
        break;
    case "search":
        {
            // The real content plus N generated cases, built with its search index, served as a
            // static host would, and searched in Debian's Chromium as a reader types.
            var searchOutput = Path.Combine(Path.GetTempPath(), $"handreiking-bench-search-out-{caseCount}");
            var searchWatch = Stopwatch.StartNew();
            var built = new SiteBuilder(new SiteOptions { ContentDirectory = root, ThemeDirectory = Path.Combine(FindRepository(), "theme"), OutputDirectory = searchOutput }, null).Build();
            Console.WriteLine($"site build with search: {(built.Success ? "ok" : "FAILED " + built.Error)}, {built.PageCount} pages in {searchWatch.Elapsed.TotalSeconds:F1} s");
            using var host = new StaticSite(searchOutput);
            using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
            var browserPage = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 780 } });
            var latencies = new List<(string Query, double Milliseconds)>();
            foreach (var query in new[] { "moeders", "taal", "vrijwilligers", "huisbezoek", "Genk", "ouders" })
            {
                var (milliseconds, results) = await Handreiking.EndToEnd.Tests.SearchLatency.MeasureAsync(browserPage, $"http://localhost:{host.Port}/zoeken/", query);
                latencies.Add((query, milliseconds));
                Console.WriteLine($"{query}: {milliseconds:F0} ms, {results} results shown");
            }

            Console.WriteLine(Handreiking.EndToEnd.Tests.SearchLatency.Report(latencies));
        }

        break;
    case "render":
        {
            // The render stage alone: the first run is what a build pays (templates and engine cold).
            var themeDirectory = Path.Combine(FindRepository(), "theme");
            var loaded = new HandbookLoader().Load(root);
            var locale = Handreiking.Site.Rendering.Locale.Load(themeDirectory, loaded.Handbook.Language);
            var context = new Handreiking.Site.Pages.SiteContext(loaded.Handbook, locale, new Handreiking.Site.Rendering.MarkdownRenderer());
            var pages = SiteBuilder.CreatePages(context);
            var views = new Handreiking.Site.Rendering.PageViewFactory(context, Handreiking.Site.Output.GitHistory.Empty, "https://example.org/", "/assets/site.css", []);
            var renderer = new Handreiking.Site.Rendering.TemplateRenderer(themeDirectory);
            for (var run = 0; run < runs; run++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var html = renderer.RenderAll(pages, p => (p.Template, views.Create(p), p.Model), locale.Strings);
                watch.Stop();
                process.Refresh();
                Console.WriteLine($"run {run + 1}: {pages.Count} pages, {html.Sum(h => (long)h.Length) / 1024} K characters, {watch.Elapsed.TotalMilliseconds:F0} ms, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms");
            }
        }

        break;
    case "rebuild":
        var repository = FindRepository();
        var copy = Path.Combine(Path.GetTempPath(), "handreiking-bench-rebuild");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, "content", Path.GetRelativePath(Path.Combine(repository, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var served = new SiteBuilder(new SiteOptions
        {
            ContentDirectory = Path.Combine(copy, "content"), ThemeDirectory = Path.Combine(repository, "theme"),
            OutputDirectory = Path.Combine(copy, "site"), Search = false, KeepForRebuilds = true,
        }, line => { if (line.StartsWith("  stappen", StringComparison.Ordinal)) Console.WriteLine(line); });
        var first = Stopwatch.StartNew();
        Console.WriteLine($"build: {served.Build().Success} in {first.ElapsedMilliseconds} ms");
        var caseFile = Path.Combine(copy, "content", "praktijkvoorbeelden", "instapje-genk.yml");
        var original = File.ReadAllText(caseFile);
        var rebuildTimes = new List<double>();
        for (var run = 0; run < Math.Max(1, caseCount); run++)
        {
            File.WriteAllText(caseFile, original.Replace("titel: ", $"titel: Bewerkt {run} ", StringComparison.Ordinal));
            var watch = Stopwatch.StartNew();
            var rebuilt = served.Rebuild(themeChanged: false);
            rebuildTimes.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine($"rebuild {run + 1}: {rebuilt.Success}, {rebuilt.RenderedPages.Count} pages written, {watch.Elapsed.TotalMilliseconds:F0} ms");
        }

        Console.WriteLine($"rebuild: first {rebuildTimes[0]:F0} ms; median {rebuildTimes.Order().ElementAt(rebuildTimes.Count / 2):F0} ms; best {rebuildTimes.Min():F0} ms");
        break;
    case "hostile":
        var hostile = Path.Combine(Path.GetTempPath(), "handreiking-bench-hostile");
        Directory.CreateDirectory(Path.Combine(hostile, "themas"));
        File.WriteAllText(Path.Combine(hostile, "handreiking.yml"), "titel: T\ntaal: nl\nversiedatum: 2026-11-26\nbasis-url: https://example.org\ninleiding: Tekst.\n");
        File.WriteAllText(Path.Combine(hostile, "themas", "haakjes.yml"), "titel: " + new string('[', (1024 * 1024) - 100) + "\n");
        File.WriteAllText(Path.Combine(hostile, "themas", "accolades.yml"), "titel: " + string.Concat(Enumerable.Repeat("{a: ", 200_000)) + "\n");
        for (var run = 0; run < Math.Max(1, caseCount); run++)
        {
            var watch = Stopwatch.StartNew();
            var result = new HandbookLoader().Load(hostile);
            Console.WriteLine($"run {run + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms, {string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Location))}");
        }

        break;
    default:
        Console.Error.WriteLine("usage: load|site|handbook|render|search [cases] [runs] | rebuild [runs] | hostile [runs]");
        return 2;
}

process.Refresh();
Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB; processor time {process.TotalProcessorTime.TotalSeconds:F1} s");
return 0;

static string FindRepository()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Handreiking.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Handreiking.sln not found");
}
