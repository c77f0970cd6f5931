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
            Searchable = false,
        };

        foreach (var c in handbook.Cases)
        {
            yield return CasePage(context, c);
        }
    }

    /// <summary>How many cases per shared factor or method are weighed as related; all of them in a handbook of this size.</summary>
    private const int CandidatesPerLink = 50;

    /// <summary>
    /// Up to three cases that share the most factors and methods with this one (ties by title).
    /// Candidates come from the factors' and methods' own case lists, so the work stays linear in
    /// the number of cases rather than comparing every case with every other.
    /// </summary>
    internal static (IReadOnlyList<PracticeCase> Related, IReadOnlyList<PracticeCase> Candidates) RelatedCases(PracticeCase c)
    {
        var candidates = c.Factors.SelectMany(f => f.Cases.Where(o => o != c).Take(CandidatesPerLink))
            .Concat(c.Methods.SelectMany(m => m.Cases.Where(o => o != c).Take(CandidatesPerLink)))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<PracticeCase>()
            .ToList();
        var related = candidates
            .Select(o => (Case: o, Shared: o.Factors.Count(c.Factors.Contains) + o.Methods.Count(c.Methods.Contains)))
            .OrderByDescending(x => x.Shared)
            .ThenBy(x => x.Case.Title, StringComparer.Ordinal)
            .ThenBy(x => x.Case.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Case)
            .ToList();
        return (related, candidates);
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

        if (c.IsShort)
        {
            facts.Add(new(t["fact_short"], t["short_case_note"]));
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
        var (related, candidates) = RelatedCases(c);
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
                context.Related("related_cases", related)),
            Model = model,
        };
    }
}
