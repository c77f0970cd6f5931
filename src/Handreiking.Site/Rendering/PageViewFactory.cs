using System.Globalization;
using Handreiking.Site.Output;
using Handreiking.Site.Pages;
using Handreiking.Site.Views;

namespace Handreiking.Site.Rendering;

/// <summary>Builds what the layout shows around every page: head metadata, navigation, breadcrumb, dates and edit link.</summary>
internal sealed class PageViewFactory(SiteContext context, GitHistory history, string baseUrl, string cssUrl, IReadOnlyList<string> scripts)
{
    private readonly IReadOnlyList<(string Url, string Key)> _nav =
    [
        (Urls.Home, "nav_home"),
        (context.Urls.Factors, "nav_factors"),
        (context.Urls.Route, "nav_route"),
        (context.Urls.Methods, "nav_methods"),
        (context.Urls.Cases, "nav_cases"),
        (context.Urls.Tips, "nav_tips"),
        (context.Urls.Sources, "nav_sources"),
    ];

    private readonly DateOnly _newestContent = NewestOf(context, history);

    // The navigation differs only by section: one list per section, shared by its pages.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<NavItem>> _navBySection = new(StringComparer.Ordinal);

    public PageView Create(Page page)
    {
        var t = context.Locale;
        var handbook = context.Handbook;
        var updated = LastUpdated(page);
        var years = page.Citations.Select(c => c.Source.Year).OfType<int>().Distinct().Order().ToList();
        return new PageView
        {
            Lang = handbook.Language,
            SiteTitle = handbook.Title,
            SiteSubtitle = handbook.Subtitle,
            Title = page.Title,
            DocumentTitle = page.Url == Urls.Home ? handbook.Title : $"{page.Title} | {handbook.Title}",
            Description = page.Description,
            Url = page.Url,
            CanonicalUrl = baseUrl.TrimEnd('/') + page.Url,
            OgType = page.OgType,
            OgLocale = t["og_locale"],
            Kind = page.Kind,
            Breadcrumbs = page.Breadcrumbs,
            Nav = _navBySection.GetOrAdd(page.Section, section => [.. _nav.Select(n => new NavItem(n.Url, t[n.Key], n.Url == section))]),
            EditUrl = page.SourceFile is not null && handbook.RepositoryUrl is not null
                ? $"{handbook.RepositoryUrl.TrimEnd('/')}/edit/main/content/{page.SourceFile}"
                : null,
            LastUpdated = updated is null ? null : t.Date(updated.Value),
            LastUpdatedIso = updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SourceYears = years.Count == 0 ? null : string.Join(", ", years),
            Related = page.Related,
            CssUrl = cssUrl,
            Scripts = page.Scripts.Count == 0 ? scripts : [.. scripts, .. page.Scripts],
            IsSearchable = page.Searchable,
            SearchFilters = page.SearchFilters,
            SearchKind = page.SearchFilters.FirstOrDefault(f => f.Name == Facets.Kind)?.Value,
            SearchDetail = page.SearchPlace ?? page.SearchFilters.FirstOrDefault(f => f.Name == Facets.Cluster)?.Value,
            IsContent = page.HasContentDate && page.Url != Urls.Home,
            SearchUrl = context.Urls.Search,
        };
    }

    /// <summary>The page's own file's last change; for overviews, the newest change of all content.</summary>
    public DateOnly? LastUpdated(Page page)
    {
        if (page.SourceFile is not null)
        {
            return history.LastChanged(page.SourceFile) ?? context.Handbook.VersionDate;
        }

        return page.HasContentDate ? _newestContent : null;
    }

    private static DateOnly NewestOf(SiteContext context, GitHistory history)
    {
        var dates = context.Handbook.AllItems.Select(i => history.LastChanged(i.Location.File)).OfType<DateOnly>().ToList();
        return dates.Count > 0 ? dates.Max() : context.Handbook.VersionDate;
    }
}
