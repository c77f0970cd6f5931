using Handreiking.Core.Loading;
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
/// stage is a small piece with plain inputs and outputs; this class only runs them in order and
/// stops at the first stage that fails, leaving the last good site in place.
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
    ];

    private readonly Action<string> _log = log ?? (_ => { });

    public BuildResult Build()
    {
        var loaded = new HandbookLoader().Load(options.ContentDirectory);
        if (loaded.HasErrors)
        {
            return new BuildResult { Success = false, Diagnostics = loaded.Diagnostics };
        }

        _log($"Inhoud gelezen: {loaded.FileCount} bestanden.");
        try
        {
            var locale = Locale.Load(options.ThemeDirectory, loaded.Handbook.Language);
            var context = new SiteContext(loaded.Handbook, locale, new MarkdownRenderer());
            var pages = CreatePages(context);
            var output = new SiteOutput();
            var cssUrl = new ThemeAssets(options.ThemeDirectory, _log).AddTo(output);
            var renderer = new TemplateRenderer(options.ThemeDirectory);
            var history = GitHistory.Read(options.ContentDirectory);
            var baseUrl = options.BaseUrl ?? loaded.Handbook.BaseUrl;
            IReadOnlyList<string> scripts = options.LiveReload ? ["/__live.js"] : [];
            var views = new PageViewFactory(context, history, baseUrl, cssUrl, scripts);

            var rendered = pages
                .AsParallel()
                .AsOrdered()
                .Select(p => new RenderedPage(p.Url, renderer.Render(p.Template, views.Create(p), p.Model, locale.Strings)))
                .ToList();
            foreach (var page in rendered)
            {
                output.Add(Urls.OutputPath(page.Url), page.Html);
            }

            _log($"Pagina's gemaakt: {rendered.Count}.");
            AddExtras(output, context, pages, views, baseUrl);

            var known = output.Addresses().ToHashSet(StringComparer.Ordinal);
            known.UnionWith(scripts);
            var broken = new LinkChecker().Check(rendered, known);
            if (broken.Count > 0)
            {
                return new BuildResult { Success = false, BrokenLinks = broken, PageCount = rendered.Count };
            }

            AtomicWriter.Write(output, options.OutputDirectory);
            _log($"Website geschreven naar {options.OutputDirectory}: {output.Files.Count} bestanden.");
            return new BuildResult
            {
                Success = true,
                PageCount = rendered.Count,
                FileCount = output.Files.Count,
                Diagnostics = loaded.Diagnostics,
                RenderedPages = [.. rendered.Select(r => r.Url)],
            };
        }
        catch (SiteBuildException e)
        {
            return new BuildResult { Success = false, Error = e.Message, Diagnostics = loaded.Diagnostics };
        }
        catch (IOException e)
        {
            return new BuildResult { Success = false, Error = $"De website kon niet geschreven worden: {e.Message}", Diagnostics = loaded.Diagnostics };
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

    private void AddExtras(SiteOutput output, SiteContext context, IReadOnlyList<Page> pages, PageViewFactory views, string baseUrl)
    {
        output.Add("/sitemap.xml", FeedWriter.SitemapXml(baseUrl, pages.Where(p => p.Url != context.Urls.NotFound).Select(p => (p.Url, views.LastUpdated(p)))));
        output.Add("/robots.txt", FeedWriter.Robots(baseUrl));
        var pageOfFile = pages.Where(p => p.SourceFile is not null).GroupBy(p => p.SourceFile!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        output.Add("/feed.xml", FeedWriter.CasesFeed(context.Handbook, context, baseUrl,
            item => (pageOfFile.TryGetValue(item.Location.File, out var page) ? views.LastUpdated(page) : null) ?? context.Handbook.VersionDate));
        output.Add("/handreiking.json", OpenDataExporter.Export(options.ContentDirectory));
        output.Add("/handreiking.schema.json", JsonSchemaGenerator.GenerateOpenData());
    }
}
