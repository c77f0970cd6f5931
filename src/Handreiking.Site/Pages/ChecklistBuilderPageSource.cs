using System.Globalization;
using Handreiking.Core.Checklists;
using Handreiking.Site.Checklists;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// "Stel uw eigen checklist samen": a static page with every point of every checklist to pick
/// from; the script keeps the choice in the address (after the #, so it never reaches a server).
/// </summary>
public sealed class ChecklistBuilderPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var t = context.Locale;
        var views = new ChecklistViews(context);
        var groups = views.Groups()
            .Select(g => new BuilderGroupView(g.Id, t[g.TitleKey],
            [
                // The do's and don'ts of the whole handbook are also in their own item's checklist: offered once.
                .. g.Checklists.Where(c => c.Kind != ChecklistKind.DosAndDonts).Select(c => new BuilderChecklistView(
                    c.Id, c.Title, views.Labels.KindLabel(c), views.Labels.ItemCount(c),
                    [.. c.Items.Select((item, i) => new BuilderItemView(Ref(c, i), context.Markdown.ToPlainText(item.Text)))])),
            ]))
            .Where(g => g.Checklists.Count > 0)
            .ToList();
        yield return new Page
        {
            Url = context.Urls.ChecklistBuilder,
            Template = "checklist-builder",
            Title = t["builder_title"],
            Description = t["builder_description"],
            Kind = "checklist-builder",
            Section = context.Urls.Checklists,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Checklists, "checklists_title")],
            Searchable = false,
            HasContentDate = false,
            Scripts = [ChecklistPageSource.Script],
            Model = new ChecklistBuilderView(groups, context.Urls.Checklists),
        };
    }

    /// <summary>How the builder's address names a point: the checklist's id and the point's number in it, from 1.</summary>
    internal static string Ref(Checklist checklist, int index) => checklist.Id + "." + (index + 1).ToString(CultureInfo.InvariantCulture);
}
