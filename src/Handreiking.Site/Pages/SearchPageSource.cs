using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The search page; results come from the Pagefind index in the browser.</summary>
public sealed class SearchPageSource : IPageSource
{
    private static readonly string[] SearchFacets = [Facets.Kind, Facets.Theme, Facets.TargetGroup, Facets.OrganisationType, Facets.Place, Facets.Country, Facets.Method, Facets.Factor, Facets.Cluster];

    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var t = context.Locale;
        var urls = context.Urls;
        yield return new Page
        {
            Url = urls.Search,
            Template = "search",
            Title = t["search_title"],
            Description = t["search_description"],
            Kind = "zoeken",
            Section = urls.Search,
            Searchable = false,
            HasContentDate = false,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new SearchView(
                [.. SearchFacets.Select(name => new FacetView(name, t["facet_" + name], []))],
                [
                    new LinkView(urls.Factors, t["nav_factors"]),
                    new LinkView(urls.Route, t["nav_route"]),
                    new LinkView(urls.Methods, t["nav_methods"]),
                    new LinkView(urls.Cases, t["nav_cases"]),
                    new LinkView(urls.Tips, t["nav_tips"]),
                    new LinkView(urls.TargetGroups, t["nav_target_groups"]),
                    new LinkView(urls.Sources, t["nav_sources"]),
                ]),
        };
    }
}
