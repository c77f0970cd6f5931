using Handreiking.Site.Checklists;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The checklist library: an overview of every checklist, and a print page for each.</summary>
public sealed class ChecklistPageSource : IPageSource
{
    /// <summary>The script of the library's pages: the print button, the builder and the quick scan.</summary>
    public const string Script = "/assets/js/checklists.js";

    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var t = context.Locale;
        var urls = context.Urls;
        var views = new ChecklistViews(context);
        var home = context.Crumb(Urls.Home, "nav_home");
        var library = context.Crumb(urls.Checklists, "checklists_title");
        yield return new Page
        {
            Url = urls.Checklists,
            Template = "checklists",
            Title = t["checklists_title"],
            Description = t["checklists_description"],
            Kind = "overzicht",
            Section = urls.Checklists,
            Breadcrumbs = [home],
            Searchable = false,
            Model = new ChecklistLibraryView(
                context.Markdown.ToHtml(t["checklists_intro"]),
                [.. views.Groups().Select(g => new ChecklistGroupView(g.Id, t[g.TitleKey], [.. g.Checklists.Select(views.Card)]))],
                context.Checklists.Count,
                urls.ChecklistBuilder,
                urls.QuickScan,
                context.ChecklistPdfs),
        };

        foreach (var checklist in context.Checklists)
        {
            yield return new Page
            {
                Url = urls.Checklist(checklist.Id),
                Template = "checklist",
                Title = checklist.Title,
                Description = t.Format("checklist_description", checklist.Title, views.Labels.ItemCount(checklist)),
                Kind = "checklist",
                Section = urls.Checklists,
                Breadcrumbs = [home, library],
                Searchable = false,
                HasContentDate = false,
                Scripts = [Script],
                Model = views.Page(checklist),
            };
        }
    }
}
