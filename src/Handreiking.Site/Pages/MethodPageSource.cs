using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The methods: an index and a page per method.</summary>
public sealed class MethodPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        yield return new Page
        {
            Url = context.Urls.Methods,
            Template = "list",
            Title = t["nav_methods"],
            Description = t["methods_description"],
            Kind = "overzicht",
            Section = context.Urls.Methods,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new ListPageView(context.Markdown.ToHtml(t["methods_intro"]),
                [.. handbook.Methods.Select(m => context.Link(m, t.Format("method_label", m.Number)))]),
            Searchable = false,
        };

        var checklists = new Checklists.ChecklistViews(context);
        foreach (var method in handbook.Methods)
        {
            var model = new MethodView(
                t.Format("method_label", method.Number),
                method.Summary,
                context.Markdown.ToHtml(method.Explanation),
                checklists.OwnerSection(method, "stappen"),
                context.Markdown.ToHtml(method.Results),
                checklists.OwnerLists(method, method.Lists),
                context.Tips(method.Tips, TipKind.Do),
                context.Tips(method.Tips, TipKind.Dont),
                context.Citations(method.Citations));
            yield return new Page
            {
                Url = context.Urls.For(method),
                Template = "method",
                SearchFilters = Facets.OfKind(context, "methode"),
                Title = method.Title,
                Description = method.Summary,
                Kind = "methode",
                Section = context.Urls.Methods,
                Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Methods, "nav_methods")],
                SourceFile = method.Location.File,
                Citations = method.Citations,
                Related = SiteContext.Present(
                    context.Related("related_steps", method.Steps),
                    context.Related("related_factors", method.Factors),
                    context.RelatedCases("related_cases", method.Cases, c => CaseSelection.PositionIn(c.Methods, method), Facets.Method, method.Title)),
                Model = model,
            };
        }
    }
}
