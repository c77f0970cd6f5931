using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The practice cases: an index (place, organisation, themes, target groups) and a page per case.</summary>
public sealed class CasePageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        var rows = handbook.Cases.Select(c => new CaseRow(
            context.Urls.For(c), c.Title, c.Summary, c.Place, t["country_" + c.Country.ToString().ToLowerInvariant()], c.Organisation,
            [.. c.Themes.Select(x => x.Title)], [.. c.TargetGroups.Select(g => g.Title)],
            [.. Facets.CaseValues(context, c).Select(f => new SearchFilter(f.Name, string.Join("|", f.Values)))])).ToList();
        yield return new Page
        {
            Url = context.Urls.Cases,
            Template = "cases",
            Title = t["nav_cases"],
            Description = t["cases_description"],
            Kind = "overzicht",
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new CasesIndexView(context.Markdown.ToHtml(t["cases_intro"]), rows, Facets.ForCases(context)),
            Section = context.Urls.Cases,
            DependsOn = SiteContext.Files(handbook.Cases, handbook.Themes, handbook.TargetGroups),
            Searchable = false,
        };

        foreach (var c in handbook.Cases)
        {
            yield return CasePage(context, c);
        }
    }

    private static Page CasePage(SiteContext context, PracticeCase c)
    {
        var t = context.Locale;
        var facts = new List<FactView>
        {
            new(t["fact_organisation"], c.Organisation),
            new(t["fact_place"], $"{c.Place} ({t["country_" + c.Country.ToString().ToLowerInvariant()]})"),
        };
        if (c.Period is not null)
        {
            facts.Add(new(t["fact_period"], c.Period));
        }

        if (c.TargetGroups.Count > 0)
        {
            facts.Add(new(t["fact_target_groups"], string.Join(", ", c.TargetGroups.Select(g => g.Title))));
        }

        if (c.Themes.Count > 0)
        {
            facts.Add(new(t["fact_themes"], string.Join(", ", c.Themes.Select(x => x.Title))));
        }

        foreach (var method in c.Methods)
        {
            facts.Add(new(t["fact_method"], method.Title, context.Urls.For(method)));
        }

        if (c.Funds.Count > 0)
        {
            facts.Add(new(t["fact_funds"], string.Join(", ", c.Funds.Select(f => f.Title))));
        }

        if (c.Website is not null)
        {
            facts.Add(new(t["fact_website"], c.Website, c.Website));
        }

        var sections = new List<SectionView>
        {
            new("doel", t["case_goal"], context.Markdown.ToHtml(c.Goal)),
            new("aanpak", t["case_approach"], context.Markdown.ToHtml(c.Approach)),
        };
        if (c.Implementation is not null)
        {
            sections.Add(new("uitvoering", t["case_implementation"], context.Markdown.ToHtml(c.Implementation)));
        }

        if (c.Results is not null)
        {
            sections.Add(new("resultaten", t["case_results"], context.Markdown.ToHtml(c.Results)));
        }

        var model = new CaseView(
            c.Summary,
            facts,
            sections,
            SiteContext.Present(
                context.List("werkzame-elementen", t["case_working_elements"], c.WorkingElements, isChecklist: false),
                context.List("lessen", t["case_lessons"], c.Lessons, isChecklist: false)),
            [.. c.Products.Select(p => new LinkView(p.Url ?? string.Empty, p.Title, p.Description))],
            context.Citations(c.Citations));
        var sharing = context.Handbook.Cases
            .Where(o => o != c)
            .Select(o => (Case: o, Shared: o.Factors.Intersect(c.Factors).Count() + o.Methods.Intersect(c.Methods).Count()))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ThenBy(x => x.Case.Title, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Case)
            .ToList();
        return new Page
        {
            Url = context.Urls.For(c),
            Template = "case",
            SearchFilters = Facets.ForCase(context, c),
            SearchPlace = c.Place,
            Title = c.Title,
            Description = c.Summary,
            Kind = "praktijkvoorbeeld",
            Section = context.Urls.Cases,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Cases, "nav_cases")],
            SourceFile = c.Location.File,
            Citations = c.Citations,
            Related = SiteContext.Present(
                context.Related("related_factors", c.Factors),
                context.Related("related_methods", c.Methods),
                context.Related("related_steps", c.Steps),
                context.Related("related_organisations", c.OrganisationTypes),
                context.Related("related_cases", sharing)),
            Model = model,
            // Related cases are chosen among all cases, so any case edit may change them.
            DependsOn = SiteContext.Files(context.Handbook.Cases, c.Factors, c.Methods, c.Steps, c.OrganisationTypes, c.Themes, c.TargetGroups, c.Funds,
                SiteContext.SourcesOf(c.Citations)),
        };
    }
}
