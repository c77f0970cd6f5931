using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>Pages that list small items as sections with anchors: target groups, partner organisation types, funds.</summary>
public sealed class EntriesPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;

        EntryView Entry(string id, string title, string summary, IReadOnlyList<ListView> lists, IReadOnlyList<FactView> facts,
            IReadOnlyList<PracticeCase> cases, Func<PracticeCase, int> position, string facet)
        {
            var (shown, all) = CaseSelection.Top(context, cases, position, facet, title);
            return new EntryView(id, title, summary, lists, facts, [.. shown.Select(c => context.Link(c, c.Place))], all);
        }

        var groups = handbook.TargetGroups.Select(g => Entry(
            g.Id, g.Title, g.Summary,
            SiteContext.Present(
                context.List(g.Id + "-kenmerken", t["group_characteristics"], g.Characteristics, isChecklist: false),
                context.List(g.Id + "-bereiken", t["group_how_to_reach"], g.HowToReach, isChecklist: false)),
            g.SuitsNeighbourhoodApproach is { } suits ? [new FactView(t["group_neighbourhood"], suits ? t["yes"] : t["no"])] : [],
            g.Cases, c => CaseSelection.PositionIn(c.TargetGroups, g), Facets.TargetGroup)).ToList();
        yield return Entries(context, context.Urls.TargetGroups, "nav_target_groups", "target_groups_intro", "doelgroepen", groups, handbook.TargetGroups.SelectMany(g => g.Citations).ToList());

        var types = handbook.OrganisationTypes.Select(o => Entry(
            o.Id, o.Title, o.Summary,
            SiteContext.Present(context.List(o.Id + "-voorbeelden", t["organisation_examples"], o.Examples, isChecklist: false)),
            [],
            o.Cases, c => CaseSelection.PositionIn(c.OrganisationTypes, o), Facets.OrganisationType)).ToList();
        yield return Entries(context, context.Urls.Organisations, "nav_organisations", "organisations_intro", "organisaties", types, handbook.OrganisationTypes.SelectMany(o => o.Citations).ToList());

        var funds = handbook.Funds.Select(f => Entry(
            f.Id, f.Title, f.Summary, [],
            f.Website is null ? [] : [new FactView(t["fact_website"], f.Website, f.Website)],
            f.Cases, c => CaseSelection.PositionIn(c.Funds, f), Facets.Fund)).ToList();
        yield return Entries(context, context.Urls.Funds, "nav_funds", "funds_intro", "fondsen", funds, handbook.Funds.SelectMany(f => f.Citations).ToList());
    }

    private static Page Entries(SiteContext context, string url, string titleKey, string introKey, string kind, IReadOnlyList<EntryView> entries,
        IReadOnlyList<Core.Model.Citation> citations) => new()
    {
        Url = url,
        Template = "entries",
        SearchFilters = Facets.OfKind(context, kind),
        Title = context.Locale[titleKey],
        Description = context.Locale[introKey],
        Kind = kind,
        Section = url,
        Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
        Citations = citations,
        Model = new EntriesView(context.Markdown.ToHtml(context.Locale[introKey]), entries),
    };
}
