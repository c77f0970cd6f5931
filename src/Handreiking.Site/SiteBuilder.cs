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
/// at the first stage that fails, leaving the last good site in place. It remembers its last
/// good build, so <see cref="Rebuild"/> (used by <c>serve</c>) renders only the pages an edit affects.
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
        new SourcesPageSource(),
        new TextPageSource(),
        new SearchPageSource(),
    ];

    private readonly Action<string> _log = log ?? (_ => { });
    private readonly LinkChecker _linkChecker = new();
    private readonly DocumentCache _documents = new();
    private LastBuild? _last;

    // Git dates change only with a commit; serve reads them once per full build.
    private GitHistory? _history;

    /// <summary>Builds everything and replaces the output folder when all of it succeeded.</summary>
    public BuildResult Build() => Run(() =>
    {
        var stages = new StageTimer();
        var prepared = Prepare();
        if (prepared.Failure is not null)
        {
            return prepared.Failure;
        }

        var (context, pages, loaded) = prepared.Value!.Value;
        stages.Lap("inhoud en pagina's");
        _history = GitHistory.Read(options.ContentDirectory);
        var output = new SiteOutput();
        var cssUrl = new ThemeAssets(options.ThemeDirectory, _log).AddTo(output);
        var assets = output.Addresses();
        stages.Lap("git en thema");
        var renderer = new TemplateRenderer(options.ThemeDirectory);
        var views = Views(context, cssUrl);
        var rendered = Render(pages, renderer, views, context);
        foreach (var page in rendered)
        {
            output.Add(Urls.OutputPath(page.Url), page.Html);
        }

        stages.Lap("renderen");
        _log($"Pagina's gemaakt: {rendered.Count}.");
        foreach (var (path, text) in Extras(context, pages, views, loaded))
        {
            output.Add(path, text);
        }

        stages.Lap("extra");
        var inspected = _linkChecker.Inspect(rendered);
        var allAnchors = inspected.ToDictionary(p => p.Url, p => p.Anchors, StringComparer.Ordinal);
        var broken = _linkChecker.Check(inspected, allAnchors, Known(output.Addresses()));
        if (broken.Count > 0)
        {
            return new BuildResult { Success = false, BrokenLinks = broken, PageCount = rendered.Count };
        }

        stages.Lap("links");
        var indexer = new Search.SearchIndexer(options.ThemeDirectory, _log);
        AtomicWriter.Write(output, options.OutputDirectory, options.Search && indexer.IsAvailable ? indexer.Index : null);
        _last = new LastBuild(
            cssUrl,
            assets,
            renderer,
            pages.ToDictionary(p => p.Url, StringComparer.Ordinal),
            allAnchors);
        stages.Lap("schrijven en zoekindex");
        _log(stages.ToString());
        _log($"Website geschreven naar {options.OutputDirectory}: {output.Files.Count} bestanden.");
        return new BuildResult
        {
            Success = true,
            PageCount = rendered.Count,
            FileCount = output.Files.Count,
            Diagnostics = loaded.Diagnostics,
            RenderedPages = [.. rendered.Select(r => r.Url)],
        };
    });

    /// <summary>
    /// After files changed: a theme change rebuilds everything; a content change reloads the
    /// handbook and renders only the pages that depend on the changed files (and pages that
    /// appeared), writing them in place. A failure leaves the site as it was.
    /// </summary>
    /// <param name="changedContentFiles">Changed files, relative to the content folder, with forward slashes.</param>
    /// <param name="themeChanged">Whether anything in the theme changed.</param>
    public BuildResult Rebuild(IReadOnlyCollection<string> changedContentFiles, bool themeChanged)
    {
        if (_last is null || themeChanged)
        {
            return Build();
        }

        var last = _last;
        return Run(() =>
        {
            var stages = new StageTimer();
            var prepared = Prepare();
            if (prepared.Failure is not null)
            {
                return prepared.Failure;
            }

            var (context, pages, loaded) = prepared.Value!.Value;
            stages.Lap("inhoud");
            var changed = changedContentFiles.ToHashSet(StringComparer.Ordinal);
            var affected = pages
                .Where(p => !last.Pages.ContainsKey(p.Url) || p.DependsOn.Contains(Page.EverythingDependency) || p.DependsOn.Overlaps(changed)
                    || (last.Pages.TryGetValue(p.Url, out var before) && before.DependsOn.Overlaps(changed)))
                .ToList();
            var removed = last.Pages.Keys.Except(pages.Select(p => p.Url), StringComparer.Ordinal).ToList();

            var views = Views(context, last.CssUrl);
            var rendered = Render(affected, last.Renderer, views, context);
            stages.Lap("renderen");
            var inspected = _linkChecker.Inspect(rendered);
            var anchors = new Dictionary<string, IReadOnlySet<string>>(last.Anchors, StringComparer.Ordinal);
            removed.ForEach(url => anchors.Remove(url));
            foreach (var page in inspected)
            {
                anchors[page.Url] = page.Anchors;
            }

            stages.Lap("ankers");
            var extras = Extras(context, pages, views, loaded);
            stages.Lap("extra");
            var known = Known(last.Assets.Concat(extras.Select(e => e.Path)).Concat(pages.Select(p => "/" + p.OutputPath)));
            var broken = _linkChecker.Check(inspected, anchors, known);
            if (broken.Count > 0)
            {
                return new BuildResult { Success = false, BrokenLinks = broken, PageCount = rendered.Count };
            }

            var writes = rendered.Select(r => (Path: Urls.OutputPath(r.Url), Text: r.Html)).Concat(extras.Select(e => (Path: e.Path.TrimStart('/'), e.Text)));
            foreach (var (path, text) in writes)
            {
                InPlaceWriter.Write(options.OutputDirectory, path, text);
            }

            foreach (var url in removed)
            {
                InPlaceWriter.Delete(options.OutputDirectory, Urls.OutputPath(url));
            }

            stages.Lap("controle en schrijven");
            _log(stages.ToString());
            _last = last with
            {
                Pages = pages.ToDictionary(p => p.Url, StringComparer.Ordinal),
                Anchors = anchors,
            };
            return new BuildResult
            {
                Success = true,
                PageCount = pages.Count,
                FileCount = rendered.Count + extras.Count,
                Diagnostics = loaded.Diagnostics,
                RenderedPages = [.. rendered.Select(r => r.Url)],
            };
        });
    }

    /// <summary>
    /// Indexes the served site again after an incremental rebuild. <c>serve</c> calls it after the
    /// browser was told to reload, so search catching up never delays the page a reader edits.
    /// </summary>
    public void RefreshSearchIndex()
    {
        var indexer = new Search.SearchIndexer(options.ThemeDirectory, _log);
        if (options.Search && indexer.IsAvailable && Directory.Exists(options.OutputDirectory))
        {
            Run(() =>
            {
                indexer.Index(options.OutputDirectory);
                return new BuildResult { Success = true };
            });
        }
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
        catch (IOException e)
        {
            return new BuildResult { Success = false, Error = $"De website kon niet geschreven worden: {e.Message}" };
        }
        catch (UnauthorizedAccessException e)
        {
            return new BuildResult { Success = false, Error = $"De website kon niet geschreven worden: {e.Message}" };
        }
    }

    /// <summary>Stage 1 and 2: content → model → pages.</summary>
    private (BuildResult? Failure, (SiteContext Context, IReadOnlyList<Page> Pages, LoadResult Loaded)? Value) Prepare()
    {
        var loaded = new HandbookLoader(_documents).Load(options.ContentDirectory);
        if (loaded.HasErrors)
        {
            return (new BuildResult { Success = false, Diagnostics = loaded.Diagnostics }, null);
        }

        _log($"Inhoud gelezen: {loaded.FileCount} bestanden.");
        var locale = Locale.Load(options.ThemeDirectory, loaded.Handbook.Language);
        var context = new SiteContext(loaded.Handbook, locale, new MarkdownRenderer());
        return (null, (context, CreatePages(context), loaded));
    }

    private PageViewFactory Views(SiteContext context, string cssUrl)
    {
        IReadOnlyList<string> scripts = options.LiveReload ? [LiveReloadScript] : [];
        return new PageViewFactory(context, _history ?? GitHistory.Empty, BaseUrl(context.Handbook), cssUrl, scripts);
    }

    /// <summary>The script <c>serve</c> adds to every page; it is served by the development server, not written.</summary>
    public const string LiveReloadScript = "/__live.js";

    /// <summary>Stage 3: pages → HTML, in parallel, in page order; template errors fail the stage together.</summary>
    private static List<RenderedPage> Render(IReadOnlyList<Page> pages, TemplateRenderer renderer, PageViewFactory views, SiteContext context)
    {
        var html = renderer.RenderAll(pages, p => (p.Template, views.Create(p), p.Model), context.Locale.Strings);
        return [.. pages.Select((p, i) => new RenderedPage(p.Url, html[i]))];
    }

    /// <summary>Files beside the pages: sitemap, robots.txt, the cases feed and the handbook as open data.</summary>
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
        ];
    }

    private HashSet<string> Known(IEnumerable<string> addresses)
    {
        var known = addresses.ToHashSet(StringComparer.Ordinal);
        if (options.LiveReload)
        {
            known.Add(LiveReloadScript);
        }

        return known;
    }

    private string BaseUrl(Handbook handbook) => options.BaseUrl ?? handbook.BaseUrl;

    /// <summary>What the last good build left, so the next one can render only what changed.</summary>
    private sealed record LastBuild(
        string CssUrl,
        IReadOnlySet<string> Assets,
        TemplateRenderer Renderer,
        IReadOnlyDictionary<string, Page> Pages,
        IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors);
}
