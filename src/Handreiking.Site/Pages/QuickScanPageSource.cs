using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// "Hoe staat uw project ervoor?": for every success factor the reader marks one of three levels;
/// the script sums up per cluster and lists the factors to work on. Nothing leaves the browser:
/// the answers live in the address after the #.
/// </summary>
public sealed class QuickScanPageSource : IPageSource
{
    /// <summary>The three levels, by their value in the address.</summary>
    public static IReadOnlyList<(string Value, string Key)> Levels { get; } = [("0", "quickscan_level_0"), ("1", "quickscan_level_1"), ("2", "quickscan_level_2")];

    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var t = context.Locale;
        var clusters = context.Handbook.Clusters
            .Where(c => c.Factors.Count > 0)
            .Select(c => new QuickScanClusterView(c.Id, c.Title, [.. c.Factors.Select(f => new QuickScanFactorView(f.Id, context.Urls.For(f), f.Title, f.Summary))]))
            .ToList();
        yield return new Page
        {
            Url = context.Urls.QuickScan,
            Template = "quickscan",
            Title = t["quickscan_title"],
            Description = t["quickscan_description"],
            Kind = "quickscan",
            Section = context.Urls.Checklists,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home"), context.Crumb(context.Urls.Checklists, "checklists_title")],
            Searchable = false,
            HasContentDate = false,
            Scripts = [ChecklistPageSource.Script],
            Model = new QuickScanView(
                clusters,
                [.. Levels.Select(l => new QuickScanLevelView(l.Value, t[l.Key]))],
                context.Urls.Checklists),
        };
    }
}
