using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The bibliography: every source with its data, its year, and the pages that cite it.</summary>
public sealed class SourcesPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var handbook = context.Handbook;
        var t = context.Locale;
        SourceView View(Source s)
        {
            // Factors, steps and methods are few; cases can be thousands: the most relevant, and a link to all.
            var citingCases = s.CitedBy.OfType<PracticeCase>().ToList();
            var (cases, allCases) = CaseSelection.Top(context, citingCases, c => c.Citations.ToList().FindIndex(x => ReferenceEquals(x.Source, s)), Facets.Source, s.Title);
            var shown = s.CitedBy.Where(i => i is not PracticeCase).Concat(cases).ToHashSet(ReferenceEqualityComparer.Instance);
            return new(
                s.Id,
                s.Title,
                Bibliography(s),
                s.Year?.ToString(t.Culture),
                s.Url,
                context.Markdown.ToHtml(s.Description),
                context.Links(s.CitedBy.Where(shown.Contains)),
                [.. s.Mentions.Select(m => new LinkView(context.Urls.For(m), m.Title))],
                s.CitedBy.Count,
                allCases);
        }

        List<SourceView> Of(SourceType type) => [.. handbook.Sources.Where(s => s.SourceType == type).Select(View)];

        yield return new Page
        {
            Url = context.Urls.Sources,
            Template = "sources",
            SearchFilters = Facets.OfKind(context, "bron"),
            Title = t["nav_sources"],
            Description = t["sources_description"],
            Kind = "bron",
            Section = context.Urls.Sources,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Citations = [.. handbook.Sources.Where(s => s.SourceType == SourceType.Document).Select(s => new Citation(s, null))],
            Model = new SourcesView(context.Markdown.ToHtml(t["sources_intro"]), Of(SourceType.Document), Of(SourceType.Publication), Of(SourceType.Website)),
        };
    }

    /// <summary>Author, title, subtitle, publisher, place, date, reference, in the usual order of a Dutch bibliography.</summary>
    internal static string Bibliography(Source s)
    {
        var parts = new List<string>();
        if (s.Author is not null)
        {
            parts.Add(s.Author);
        }

        parts.Add(s.Subtitle is null ? s.Title : $"{s.Title}: {s.Subtitle}");
        parts.AddRange(new[] { s.Publisher, s.Place, s.Date ?? s.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Reference }.OfType<string>());
        return string.Join(". ", parts.Select(p => p.TrimEnd('.'))) + ".";
    }
}
