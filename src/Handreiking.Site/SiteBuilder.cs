using System.Security.Cryptography;
using System.Text;
using Handreiking.Core.Loading;
using Handreiking.Core.Model;
using Handreiking.Core.OpenData;
using Handreiking.Core.Schema;
using Handreiking.Site.Output;
using Handreiking.Site.Pages;
using Handreiking.Site.PostProcessing;
using Handreiking.Site.Rendering;
using Handreiking.Site.Theme;

namespace Handreiking.Site;

/// <summary>
/// Builds the website in one direction: content → model → pages → HTML → checked output. Each
/// stage is a small piece with plain inputs and outputs; this class runs them in order and stops
/// at the first stage that fails, leaving the last good site in place. For <c>serve</c> it
/// remembers its last good build: <see cref="Rebuild"/> produces the whole site again in memory
/// (reading only changed files, reusing the parsed theme and the link inspection of unchanged
/// pages) and writes only the files whose bytes changed, so a rebuild always equals a full build.
/// </summary>
public sealed class SiteBuilder(SiteOptions options, Action<string>? log = null)
{
    /// <summary>The page types of a handbook site.</summary>
    public static IReadOnlyList<IPageSource> PageSources { get; } =
    [
        new HomePageSource(),
        new FactorPageSource(),
        new RoutePageSource(),
        new MethodPageSource(),
        new CasePageSource(),
        new TipsPageSource(),
        new EntriesPageSource(),
        new GlossaryPageSource(),
        new SourcesPageSource(),
        new TextPageSource(),
        new SearchPageSource(),
        new ChecklistPageSource(),
        new ChecklistBuilderPageSource(),
        new QuickScanPageSource(),
    ];

    private readonly Action<string> _log = log ?? (_ => { });
    private readonly LinkChecker _linkChecker = new();
    private readonly DocumentCache _documents = new();

    // What stays valid while the theme does not change: parsed templates and the asset files.
    private ThemeBuild? _theme;

    // Git dates change only with a commit; read once per full build.
    private GitHistory _history = GitHistory.Empty;

    // The last good build: a hash per written file, and each page's link inspection.
    private Produced? _last;

    /// <summary>Builds everything and replaces the output folder when all of it succeeded.</summary>
    public BuildResult Build() => Run(() =>
    {
        if (OutputFolder.Refusal(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory) is { } refusal)
        {
            return new BuildResult { Success = false, Error = refusal };
        }

        var stages = new StageTimer();

        // build --pdf: the browser starts now, while the site is made, and prints into the staging folder.
        using var pdf = options.Pdf ? Checklists.ChecklistPdfStage.Start(options.PdfBrowser) : null;

        // Pages go straight to a staging folder as they are made, so a large build never holds
        // them all; the folder replaces the site only when everything succeeded.
        var staging = AtomicWriter.Stage(options.OutputDirectory);
        try
        {
            var (produced, failure) = Produce(stages, themeChanged: true, readHistory: true, previous: null, pdf: pdf, pageDirectory: staging);
            if (failure is not null)
            {
                AtomicWriter.Abandon(staging);
                return failure;
            }

            var indexer = new Search.SearchIndexer(options.ThemeDirectory, _log);
            Action<string>? index = options.Search && indexer.IsAvailable ? indexer.Index : null;
            AtomicWriter.Complete(produced!.Output, staging, options.OutputDirectory, pdf is null ? index : folder =>
            {
                stages.Lap("schrijven");
                pdf.Write(folder);
                stages.Lap("pdf's");
                index?.Invoke(folder);
            });
            stages.Lap(pdf is null ? "schrijven en zoekindex" : "zoekindex");
            _last = options.KeepForRebuilds ? produced : null;
            _log(stages.ToString());
            _log($"Website geschreven naar {options.OutputDirectory}: {produced.Output.Count} bestanden.");
            return produced.Result(produced.Pages) with { Messages = pdf?.Messages ?? [] };
        }
        catch
        {
            AtomicWriter.Abandon(staging);
            throw;
        }
    });

    /// <summary>
    /// After files changed: produces the whole site again in memory and writes only the files
    /// that differ from the last good build (and removes the ones it no longer has). A theme
    /// change, or no earlier build, makes it a full <see cref="Build"/>. A failure leaves the site as it was.
    /// </summary>
    /// <param name="themeChanged">Whether anything in the theme changed.</param>
    public BuildResult Rebuild(bool themeChanged)
    {
        if (_last is null || _theme is null || themeChanged || !OutputFolder.IsOurs(options.OutputDirectory))
        {
            return Build();
        }

        var last = _last;
        return Run(() =>
        {
            var stages = new StageTimer();
            var (produced, failure) = Produce(stages, themeChanged: false, readHistory: false, previous: last);
            if (failure is not null)
            {
                return failure;
            }

            var changed = produced!.Hashes.Where(f => !last.Hashes.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key).ToList();
            var removed = last.Hashes.Keys.Where(k => !produced.Hashes.ContainsKey(k)).ToList();
            foreach (var path in changed)
            {
                InPlaceWriter.Write(options.OutputDirectory, path, produced.Output.Files[path]);
            }

            foreach (var path in removed)
            {
                InPlaceWriter.Delete(options.OutputDirectory, path);
            }

            stages.Lap("schrijven");
            _log(stages.ToString());
            _last = produced;
            var changedPaths = changed.Concat(removed).ToHashSet(StringComparer.Ordinal);
            return produced.Result([.. produced.Pages.Where(url => changedPaths.Contains(Urls.OutputPath(url)))]);
        });
    }

    /// <summary>
    /// What <c>validate</c> adds to the content checks: renders every page in memory (theme
    /// templates only, nothing installed or written) and reports each broken link as a
    /// diagnostic at the content line that holds it. When this succeeds, so does <see cref="Build"/>
    /// (unless the output folder or the theme's packages fail).
    /// </summary>
    public BuildResult Check() => Run(() =>
    {
        var (produced, failure) = Produce(new StageTimer(), themeChanged: true, readHistory: false, previous: null, templatesOnly: true);
        return failure ?? produced!.Result(produced.Pages);
    });

    /// <summary>
    /// Indexes the served site again after a rebuild. <c>serve</c> calls it after the browser was
    /// told to reload, so search catching up never delays the page a reader edits.
    /// </summary>
    public BuildResult RefreshSearchIndex()
    {
        var indexer = new Search.SearchIndexer(options.ThemeDirectory, _log);
        if (!options.Search || !indexer.IsAvailable || !OutputFolder.IsOurs(options.OutputDirectory))
        {
            return new BuildResult { Success = true };
        }

        return Run(() =>
        {
            indexer.Reindex(options.OutputDirectory);
            return new BuildResult { Success = true };
        });
    }

    internal static IReadOnlyList<Page> CreatePages(SiteContext context)
    {
        var pages = PageSources.SelectMany(s => s.CreatePages(context)).ToList();
        var duplicate = pages.GroupBy(p => p.Url, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? pages
            : throw new SiteBuildException($"Twee pagina's hebben hetzelfde adres: {duplicate.Key}.");
    }

    private static BuildResult Run(Func<BuildResult> build)
    {
        try
        {
            return build();
        }
        catch (SiteBuildException e)
        {
            return new BuildResult { Success = false, Error = e.Message };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BuildResult { Success = false, Error = $"De website kon niet geschreven worden: {e.Message}" };
        }
    }

    /// <summary>Every stage but writing: content → model → pages → HTML and extra files → checked links, all in memory.</summary>
    /// <param name="pageDirectory">Where pages are written as they are rendered (a full build's staging folder); without it they stay in memory.</param>
    private (Produced? Produced, BuildResult? Failure) Produce(
        StageTimer stages, bool themeChanged, bool readHistory, Produced? previous, bool templatesOnly = false, Checklists.ChecklistPdfStage? pdf = null,
        string? pageDirectory = null)
    {
        // Only serve loads again: a one-off build reads each file once, without the cache's extra look at it.
        var loaded = (options.KeepForRebuilds ? new HandbookLoader(_documents) : new HandbookLoader()).Load(options.ContentDirectory);
        if (loaded.HasErrors)
        {
            return (null, new BuildResult { Success = false, Diagnostics = loaded.Diagnostics });
        }

        _log($"Inhoud gelezen: {loaded.FileCount} bestanden.");
        stages.Lap("inhoud");
        var locale = Locale.Load(options.ThemeDirectory, loaded.Handbook.Language);
        var context = new SiteContext(loaded.Handbook, locale, new MarkdownRenderer()) { ChecklistPdfs = pdf?.IsReady() ?? false };
        pdf?.Plan(context);

        // The Word files need only the model: made beside the git, theme and render stages, collected with the extras.
        // On a thread of their own: as a thread-pool task they held one of the pool's two threads
        // on this machine for half a second, and the parallel page stages waited for it (the real
        // handbook's pages took 0.5-0.7 s instead of 0.25 s).
        var checklistFiles = templatesOnly ? null : Task.Factory.StartNew(
            () => Checklists.ChecklistDownloads.Files(context), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var pages = CreatePages(context);
        stages.Lap("pagina's");

        if (!templatesOnly && (themeChanged || _theme is null))
        {
            _theme = ThemeBuild.Load(options.ThemeDirectory, _log);
        }

        var theme = templatesOnly ? ThemeBuild.TemplatesOnly(options.ThemeDirectory) : _theme!;

        if (readHistory)
        {
            _history = GitHistory.Read(options.ContentDirectory);
        }

        var output = new SiteOutput();
        foreach (var (path, bytes) in theme.Files.Files)
        {
            output.Add(path, bytes);
        }

        stages.Lap("git en thema");
        var views = new PageViewFactory(context, _history, BaseUrl(context.Handbook), theme.CssUrl, []);

        // Stage 3: pages → HTML, in parallel, in page order; template errors fail the stage together.
        // Each page's text becomes its bytes and its links on the thread that rendered it, so a
        // large build never holds every page as text. A page whose bytes did not change since the
        // last build (serve) has the same ids and links: only changed pages are read again.
        var glossary = new GlossaryLinker(context.Handbook.Glossary, context.Urls);
        var keepHashes = options.KeepForRebuilds;
        using var writer = pageDirectory is null ? null : new PageWriter(pageDirectory);
        var rendered = theme.Renderer.RenderAll(pages, p => (p.Template, views.Create(p), p.Model), context.Locale.Strings, (page, html) =>
        {
            var bytes = Encoding.UTF8.GetBytes(html);
            var hash = keepHashes ? Convert.ToHexString(SHA256.HashData(bytes)) : null;
            var links = previous is not null && hash is not null && previous.Links.TryGetValue(page.Url, out var before) &&
                        previous.Hashes.GetValueOrDefault(page.OutputPath) == hash
                ? before
                : _linkChecker.Inspect(page.Url, html);
            if (writer is null)
            {
                return (Bytes: bytes, Hash: hash, Links: links);
            }

            writer.Add(page.OutputPath, bytes);
            return (Bytes: (byte[]?)null, Hash: hash, Links: links);
        }, glossary);
        writer?.Complete();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (rendered[i].Bytes is { } bytes)
            {
                output.Add(pages[i].OutputPath, bytes);
            }
            else
            {
                output.AddWritten(pages[i].OutputPath);
            }
        }

        stages.Lap("renderen");
        _log($"Pagina's gemaakt: {rendered.Count}.");
        foreach (var (path, text) in Extras(context, pages, views, loaded))
        {
            output.Add(path, text);
        }

        foreach (var (path, bytes) in checklistFiles?.GetAwaiter().GetResult() ?? Checklists.ChecklistDownloads.Files(context))
        {
            output.Add(path, bytes);
        }

        stages.Lap("extra");

        // Hashes tell a rebuild which files changed; a one-off build does not need them.
        if (keepHashes)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                hashes[pages[i].OutputPath] = rendered[i].Hash!;
            }

            foreach (var (path, bytes) in output.Files)
            {
                hashes.TryAdd(path, Convert.ToHexString(SHA256.HashData(bytes)));
            }
        }

        var inspected = rendered.Select(r => r.Links).ToList();
        var anchors = inspected.ToDictionary(p => p.Url, p => p.Anchors, StringComparer.Ordinal);
        var broken = _linkChecker.Check(inspected, anchors, pdf?.WithPlanned(output.Addresses()) ?? output.Addresses());
        stages.Lap("links");
        if (broken.Count > 0)
        {
            var (diagnostics, unplaced) = BrokenLinkLocator.Locate(broken, pages, options.ContentDirectory);
            return (null, new BuildResult { Success = false, Diagnostics = diagnostics, BrokenLinks = unplaced, PageCount = rendered.Count });
        }

        var produced = new Produced(output, hashes, inspected.ToDictionary(p => p.Url, StringComparer.Ordinal), [.. pages.Select(p => p.Url)], loaded);
        return (produced, null);
    }

    /// <summary>Files beside the pages: sitemap, robots.txt, the cases feed, the handbook as open data and the compact cases index.</summary>
    private List<(string Path, string Text)> Extras(SiteContext context, IReadOnlyList<Page> pages, PageViewFactory views, LoadResult loaded)
    {
        var baseUrl = BaseUrl(context.Handbook);
        var pageOfFile = pages.Where(p => p.SourceFile is not null).GroupBy(p => p.SourceFile!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        DateOnly Updated(HandbookItem item) =>
            (pageOfFile.TryGetValue(item.Location.File, out var page) ? views.LastUpdated(page) : null) ?? context.Handbook.VersionDate;
        return
        [
            ("/sitemap.xml", FeedWriter.SitemapXml(baseUrl, pages.Where(p => p.Url != context.Urls.NotFound).Select(p => (p.Url, views.LastUpdated(p))))),
            ("/robots.txt", FeedWriter.Robots(baseUrl)),
            ("/feed.xml", FeedWriter.CasesFeed(context.Handbook, context, baseUrl, Updated)),
            ("/handreiking.json", OpenDataExporter.Export(loaded)),
            ("/handreiking.schema.json", JsonSchemaGenerator.GenerateOpenData()),
            (context.Urls.CaseIndex, CaseIndex.Json(context)),
            .. DeployFiles.For(context, baseUrl),
        ];
    }

    private string BaseUrl(Handbook handbook) => options.BaseUrl ?? handbook.BaseUrl;

    /// <summary>A build held in memory: its files with their hashes, each page's links, and what to report.</summary>
    private sealed record Produced(
        SiteOutput Output,
        IReadOnlyDictionary<string, string> Hashes,
        IReadOnlyDictionary<string, PageLinks> Links,
        IReadOnlyList<string> Pages,
        LoadResult Loaded)
    {
        public BuildResult Result(IReadOnlyList<string> renderedPages) => new()
        {
            Success = true,
            PageCount = Pages.Count,
            FileCount = Output.Count,
            Diagnostics = Loaded.Diagnostics,
            RenderedPages = renderedPages,
        };
    }
}
