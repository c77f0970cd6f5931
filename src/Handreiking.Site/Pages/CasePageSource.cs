using System.Runtime.CompilerServices;
using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// The practice cases: a list of cards in pages of <see cref="PageSize"/> (filtered and sorted in
/// the browser from the compact <see cref="CaseIndex"/>), and a page per case.
/// </summary>
public sealed partial class CasePageSource : IPageSource
{
    /// <summary>Cards per page of the list: the real handbook fits on one page; 10,000 cases make 200 light pages.</summary>
    public const int PageSize = 50;

    /// <summary>From this many cases on, case pages are made in parallel.</summary>
    private const int ParallelFrom = 500;

    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        var order = StringComparer.Create(t.Culture, ignoreCase: true);
        var rows = handbook.Cases
            .OrderBy(c => c.Title, order)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Row(context, c))
            .ToList();
        var filters = Facets.ForCases(context, Facets.CaseFilters);
        var pageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        for (var n = 1; n <= pageCount; n++)
        {
            yield return new Page
            {
                Url = ListUrl(context, n),
                Template = "cases",
                Title = n == 1 ? t["nav_cases"] : t.Format("list_page_title", t["nav_cases"], n, pageCount),
                Description = t["cases_description"],
                Kind = "overzicht",
                Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
                Model = new CasesIndexView(
                    context.Markdown.ToHtml(t["cases_intro"]),
                    [.. rows.Skip((n - 1) * PageSize).Take(PageSize)],
                    filters,
                    rows.Count,
                    t.Count("count_cases", rows.Count),
                    context.Urls.CaseIndex,
                    pageCount == 1 ? null : Pager(context, n, pageCount)),
                Section = context.Urls.Cases,
                Searchable = false,
            };
        }

        // A case page renders Markdown for every section: with thousands of cases they are made on
        // every core, in order. A handbook of tens of cases is made faster in a row: starting the
        // parallel query cost more (0.2-0.4 s) than the pages themselves.
        var casePages = handbook.Cases.Count >= ParallelFrom
            ? handbook.Cases.AsParallel().AsOrdered().Select(c => CasePage(context, c)).ToList()
            : [.. handbook.Cases.Select(c => CasePage(context, c))];
        foreach (var page in casePages)
        {
            yield return page;
        }
    }

    /// <summary>The address of page <paramref name="n"/> of the cases list (the first is the list's own address).</summary>
    public static string ListUrl(SiteContext context, int n) =>
        n == 1 ? context.Urls.Cases : $"{context.Urls.Cases}{context.Locale["url_page"]}/{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>The year a case started (the first year its period names), or else the year of its oldest source.</summary>
    internal static int? Year(PracticeCase c)
    {
        if (c.Period is not null && FourDigits().Match(c.Period) is { Success: true } match)
        {
            return int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return c.Citations.Select(x => x.Source.Year).OfType<int>().DefaultIfEmpty().Min() is var year and > 0 ? year : (int?)null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(1[89]|20)\d\d(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FourDigits();

    private static CaseRow Row(SiteContext context, PracticeCase c) => new(
        context.Urls.For(c), c.Title, c.Place, Facets.CountryName(context, c), Year(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [.. c.Themes.Select(x => x.Title)], [.. c.TargetGroups.Select(g => g.Title)]);

    /// <summary>Previous and next, the first and last page, and two pages either side of this one.</summary>
    private static PagerView Pager(SiteContext context, int current, int count)
    {
        var t = context.Locale;
        var numbers = new List<PageLink>();
        var last = 0;
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - current) > 2)
            {
                continue;
            }

            if (last != 0 && n > last + 1)
            {
                numbers.Add(new PageLink(string.Empty, "…", false));
            }

            numbers.Add(new PageLink(ListUrl(context, n), n.ToString(t.Culture), n == current));
            last = n;
        }

        return new PagerView(
            t.Format("list_page_label", current, count),
            current > 1 ? new LinkView(ListUrl(context, current - 1), t["list_page_previous"]) : null,
            current < count ? new LinkView(ListUrl(context, current + 1), t["list_page_next"]) : null,
            numbers);
    }

    /// <summary>How many cases per shared factor or method are weighed as related; all of them in a handbook of this size.</summary>
    private const int CandidatesPerLink = 50;

    /// <summary>
    /// Up to three cases that share the most factors and methods with this one (ties by title).
    /// Candidates come from the factors' and methods' own case lists, so the work stays linear in
    /// the number of cases rather than comparing every case with every other. Items are unique
    /// objects, so sharing is counted by reference.
    /// </summary>
    // Runs over every file or page: compiled optimised at its first call, instead of running
    // unoptimised for seconds: a large build keeps loading new code, and the runtime puts off optimising until it stops.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (IReadOnlyList<PracticeCase> Related, IReadOnlyList<PracticeCase> Candidates) RelatedCases(PracticeCase c)
    {
        var mine = new HashSet<object>(ReferenceEqualityComparer.Instance);
        mine.UnionWith(c.Factors);
        mine.UnionWith(c.Methods);
        var seen = new HashSet<PracticeCase>(ReferenceEqualityComparer.Instance) { c };
        var candidates = new List<PracticeCase>();
        foreach (var owner in c.Factors.Select(f => f.Cases).Concat(c.Methods.Select(m => m.Cases)))
        {
            var taken = 0;
            for (var i = 0; i < owner.Count && taken < CandidatesPerLink; i++)
            {
                if (ReferenceEquals(owner[i], c))
                {
                    continue;
                }

                taken++;
                if (seen.Add(owner[i]))
                {
                    candidates.Add(owner[i]);
                }
            }
        }

        // The best three in one pass: most shared first, then by title and id.
        var best = new List<(PracticeCase Case, int Shared)>(4);
        foreach (var o in candidates)
        {
            var shared = 0;
            foreach (var f in o.Factors)
            {
                shared += mine.Contains(f) ? 1 : 0;
            }

            foreach (var m in o.Methods)
            {
                shared += mine.Contains(m) ? 1 : 0;
            }

            var at = best.Count;
            while (at > 0 && Before((o, shared), best[at - 1]))
            {
                at--;
            }

            if (at < 3)
            {
                best.Insert(at, (o, shared));
                if (best.Count > 3)
                {
                    best.RemoveAt(3);
                }
            }
        }

        return ([.. best.Select(x => x.Case)], candidates);
    }

    private static bool Before((PracticeCase Case, int Shared) a, (PracticeCase Case, int Shared) b)
    {
        if (a.Shared != b.Shared)
        {
            return a.Shared > b.Shared;
        }

        var byTitle = string.CompareOrdinal(a.Case.Title, b.Case.Title);
        return byTitle != 0 ? byTitle < 0 : string.CompareOrdinal(a.Case.Id, b.Case.Id) < 0;
    }

    private static Page CasePage(SiteContext context, PracticeCase c)
    {
        var t = context.Locale;
        var facts = new List<FactView>
        {
            new(t["fact_organisation"], c.Organisation),
            new(t["fact_place"], $"{c.Place} ({Facets.CountryName(context, c)})"),
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
