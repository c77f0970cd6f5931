using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// The most relevant cases of a long list, so a factor, method, step, target group or source
/// page stays the same size whether ten or ten thousand cases name it; when some are left out,
/// a link leads to all of them in the filtered cases list.
/// </summary>
internal static class CaseSelection
{
    /// <summary>How many cases a page shows of one item; the real handbook has fewer for every item.</summary>
    public const int Shown = 12;

    /// <summary>
    /// The first <see cref="Shown"/> cases: those that name the item earliest in their own list
    /// (editors list what matters most first), then the richest (most factors and methods), then by title.
    /// </summary>
    /// <param name="cases">All cases that name the item.</param>
    /// <param name="position">Where the case names the item in its own list (0 is first).</param>
    /// <param name="facet">The cases list's facet for the item, for the link to all cases.</param>
    /// <param name="value">The item's value in that facet (its title).</param>
    public static (IReadOnlyList<PracticeCase> Shown, LinkView? All) Top(SiteContext context, IReadOnlyList<PracticeCase> cases, Func<PracticeCase, int> position, string facet, string value)
    {
        var ordered = cases
            .OrderBy(position)
            .ThenByDescending(c => c.Factors.Count + c.Methods.Count)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        var all = cases.Count > Shown
            ? new LinkView(Facets.CasesFilteredBy(context, facet, value), context.Locale.Count("cases_all", cases.Count))
            : null;
        return (ordered, all);
    }

    /// <summary>Where <paramref name="item"/> stands in <paramref name="list"/>, by reference (items are unique objects).</summary>
    public static int PositionIn<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return list.Count;
    }
}
