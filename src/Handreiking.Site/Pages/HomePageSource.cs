using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The home page: what this is, a way in by situation (what works for …), and three ways in (read, apply step by step, print).</summary>
public sealed class HomePageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        var urls = context.Urls;
        var firstStep = handbook.BeforeYouStart ?? handbook.Steps.FirstOrDefault();
        LinkView[] ways =
        [
            new(urls.Factors, t["home_way_read"], t["home_way_read_text"]),
            new(firstStep is null ? urls.Route : urls.For(firstStep), t["home_way_apply"], t["home_way_apply_text"]),
            new(urls.Checklists, t["home_way_print"], t["home_way_print_text"]),
        ];
        LinkView[] sections =
        [
            new(urls.Factors, t["nav_factors"], t.Count("count_factors", handbook.Factors.Count)),
            new(urls.Route, t["nav_route"], t.Count("count_steps", handbook.Steps.Count(s => s != handbook.BeforeYouStart))),
            new(urls.Methods, t["nav_methods"], t.Count("count_methods", handbook.Methods.Count)),
            new(urls.Cases, t["nav_cases"], t.Count("count_cases", handbook.Cases.Count)),
            new(urls.Tips, t["nav_tips"], t.Count("count_tips", handbook.Tips.Count())),
            new(urls.Sources, t["nav_sources"], t.Count("count_sources", handbook.Sources.Count)),
        ];
        var model = new HomeView(
            context.Markdown.ToHtml(handbook.Introduction),
            ways,
            sections,
            [.. handbook.Steps.Select(s => context.Link(s, RoutePageSource.NumberLabel(context, s)))],
            // The richest examples first: the cases that show the most factors and methods.
            [.. handbook.Cases
                .OrderByDescending(c => c.Factors.Count + c.Methods.Count)
                .ThenBy(c => c.Title, StringComparer.Ordinal)
                .Take(6)
                .Select(c => context.Link(c, c.Place))],
            Facets.ForCases(context, [Facets.TargetGroup, Facets.Theme, Facets.OrganisationType]),
            urls.Cases);
        yield return new Page
        {
            Url = Urls.Home,
            Template = "home",
            Title = handbook.Title,
            Description = handbook.Subtitle ?? handbook.Title,
            Kind = "home",
            Section = Urls.Home,
            OgType = "website",
            Searchable = false,
            SourceFile = "handreiking.yml",
            Model = model,
        };
    }
}
