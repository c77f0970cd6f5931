using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>All do's and don'ts on one page, grouped by the step, method or factor they belong to.</summary>
public sealed class TipsPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        IEnumerable<(HandbookItem Owner, IReadOnlyList<Tip> Tips)> owners =
        [
            .. handbook.Steps.Select(s => ((HandbookItem)s, s.Tips)),
            .. handbook.Methods.Select(m => ((HandbookItem)m, m.Tips)),
            .. handbook.Factors.Select(f => ((HandbookItem)f, f.Tips)),
        ];
        var groups = owners
            .Where(o => o.Tips.Count > 0)
            .Select(o => new TipGroupView(o.Owner.Id, context.Link(o.Owner), context.Tips(o.Tips, TipKind.Do), context.Tips(o.Tips, TipKind.Dont)))
            .ToList();
        var all = handbook.Tips.ToList();
        yield return new Page
        {
            Url = context.Urls.Tips,
            Template = "tips",
            SearchFilters = Facets.OfKind(context, "doen-en-niet-doen"),
            Title = t["nav_tips"],
            Description = t["tips_description"],
            Kind = "doen-en-niet-doen",
            Section = context.Urls.Tips,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new TipsView(context.Markdown.ToHtml(t["tips_intro"]), groups, all.Count(x => x.Kind == TipKind.Do), all.Count(x => x.Kind == TipKind.Dont)),
        };
    }
}
