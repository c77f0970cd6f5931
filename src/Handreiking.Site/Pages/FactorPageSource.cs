using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The success factors: an overview by cluster, showing how many sources name each factor, and a page per factor.</summary>
public sealed class FactorPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        var maxSources = handbook.Factors.Select(SourceCount).DefaultIfEmpty(1).Max();
        var clusters = handbook.Clusters
            .Select(c => new ClusterView(c.Id, c.Title, c.Summary, [.. c.Factors.Select(f => Card(context, f, maxSources))]))
            .ToList();
        yield return new Page
        {
            Url = context.Urls.Factors,
            Template = "factors",
            Title = t["nav_factors"],
            Description = t["factors_description"],
            Kind = "overzicht",
            Section = context.Urls.Factors,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Model = new FactorsOverviewView(clusters, maxSources, handbook.Factors.Count),
            Searchable = false,
        };

        var checklists = new Checklists.ChecklistViews(context);
        foreach (var factor in handbook.Factors)
        {
            var (cases, allCases) = CaseSelection.Top(context, factor.Cases, c => CaseSelection.PositionIn(c.Factors, factor), Facets.Factor, factor.Title);
            var model = new FactorView(
                factor.Cluster is null ? null : context.Link(factor.Cluster),
                factor.Summary,
                context.Markdown.ToHtml(factor.Explanation),
                checklists.OwnerSection(factor, "wat-te-doen"),
                context.Tips(factor.Tips, TipKind.Do),
                context.Tips(factor.Tips, TipKind.Dont),
                context.Citations(factor.Citations),
                t.Count("named_by_sources", SourceCount(factor)),
                [.. cases.Select(c => context.Link(c, c.Place))],
                allCases);
            yield return new Page
            {
                Url = context.Urls.For(factor),
                Template = "factor",
                SearchFilters = Facets.OfKind(context, "succesfactor", [.. factor.Cluster is null ? [] : new[] { new SearchFilter(Facets.Cluster, factor.Cluster.Title) }]),
                Title = factor.Title,
                Description = factor.Summary,
                Kind = "succesfactor",
                Section = context.Urls.Factors,
                Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Factors, "nav_factors")],
                SourceFile = factor.Location.File,
                Citations = factor.Citations,
                Related = SiteContext.Present(
                    context.Related("related_factors", factor.Related),
                    context.Related("related_steps", factor.Steps),
                    context.Related("related_methods", factor.Methods)),
                Model = model,
            };
        }
    }

    /// <summary>Different sources naming a factor; two sections of one source count once.</summary>
    internal static int SourceCount(SuccessFactor factor) => factor.Citations.Select(c => c.Source).Distinct().Count();

    private static FactorCard Card(SiteContext context, SuccessFactor factor, int maxSources)
    {
        var count = SourceCount(factor);
        return new FactorCard(context.Urls.For(factor), factor.Title, factor.Summary, count,
            context.Locale.Count("named_by_sources", count), (int)Math.Round(100.0 * count / Math.Max(1, maxSources)), factor.Cases.Count);
    }
}
