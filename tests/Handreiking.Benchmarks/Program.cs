using System.Diagnostics;
using System.Globalization;
using Handreiking.Benchmarks;
using Handreiking.Core.Loading;
using Handreiking.Site;

// Plain console benchmarks (BenchmarkDotNet would take minutes per case on this machine):
//   load [cases] [runs]  generate N cases, then load and validate them several times in one process
//   site [cases]         generate N cases, then build the whole site once (no search index)
//   render [cases] [runs] generate N cases, then render every page several times (the build's render stage alone)
// Run each in a fresh process for first-run figures:
//   dotnet run -c Release --project tests/Handreiking.Benchmarks -- load 10000 5
var mode = args.Length > 0 ? args[0] : "load";
var caseCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var root = Path.Combine(Path.GetTempPath(), $"handreiking-bench-{caseCount}");
if (!Directory.Exists(root))
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
        var theme = Path.Combine(FindRepository(), "theme");
        var output = Path.Combine(Path.GetTempPath(), $"handreiking-bench-site-{caseCount}");
        var siteWatch = Stopwatch.StartNew();
        var build = new SiteBuilder(new SiteOptions { ContentDirectory = root, ThemeDirectory = theme, OutputDirectory = output, Search = false }, Console.WriteLine).Build();
        siteWatch.Stop();
        Console.WriteLine($"site build: {(build.Success ? "ok" : "FAILED " + build.Error + string.Join("; ", build.BrokenLinks.Take(3)))}, {build.PageCount} pages, {build.FileCount} files in {siteWatch.Elapsed.TotalMilliseconds:F0} ms");
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
    default:
        Console.Error.WriteLine("usage: load|site|render [cases] [runs]");
        return 2;
}

process.Refresh();
Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
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
