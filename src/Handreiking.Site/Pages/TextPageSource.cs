using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The about page (from the handbook's <c>over</c> text) and the 404 page.</summary>
public sealed class TextPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var t = context.Locale;
        var urls = context.Urls;
        yield return new Page
        {
            Url = urls.About,
            Template = "text",
            SearchFilters = Facets.OfKind(context, "over"),
            Title = t["nav_about"],
            Description = t["about_description"],
            Kind = "over",
            Section = urls.About,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            SourceFile = "handreiking.yml",
            Model = new TextPageView(context.Markdown.ToHtml(context.Handbook.About ?? t["about_fallback"]), [new LinkView(urls.Sources, t["nav_sources"]), .. context.Handbook.Glossary.Count > 0 ? [new LinkView(urls.Glossary, t["nav_glossary"])] : Array.Empty<LinkView>()]),
        };
        yield return new Page
        {
            Url = urls.NotFound,
            Template = "text",
            Title = t["not_found_title"],
            Description = t["not_found_text"],
            Kind = "404",
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Section = string.Empty,
            Searchable = false,
            HasContentDate = false,
            OgType = "website",
            Model = new TextPageView(context.Markdown.ToHtml(t["not_found_text"]),
            [
                new LinkView(Urls.Home, t["nav_home"]),
                new LinkView(urls.Factors, t["nav_factors"]),
                new LinkView(urls.Route, t["nav_route"]),
                new LinkView(urls.Cases, t["nav_cases"]),
            ]),
        };
    }
}
