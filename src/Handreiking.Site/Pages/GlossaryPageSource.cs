using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>The glossary: every term with its plain-language explanation, other forms, and the sources that use it.</summary>
public sealed class GlossaryPageSource : IPageSource
{
    public IEnumerable<Page> CreatePages(SiteContext context)
    {
        var glossary = context.Handbook.Glossary;
        if (glossary.Count == 0)
        {
            yield break;
        }

        var t = context.Locale;
        var entries = glossary.Select(term => new EntryView(
            term.Id, term.Title, term.Summary, [],
            SiteContext.Present(
                term.Synonyms.Count == 0 ? null : new FactView(t["fact_synonyms"], string.Join(", ", term.Synonyms)),
                term.Country == Country.BE ? new FactView(t["fact_flemish"], t["yes"]) : null,
                term.Citations.Count == 0 ? null : new FactView(t["fact_sources"], string.Join("; ", term.Citations.Select(c => c.Section is null ? c.Source.Title : $"{c.Source.Title}, {c.Section}")))),
            [])).ToList();
        yield return new Page
        {
            Url = context.Urls.Glossary,
            Template = "entries",
            SearchFilters = Facets.OfKind(context, "begrippen"),
            Title = t["nav_glossary"],
            Description = t["glossary_description"],
            Kind = "begrippen",
            Section = context.Urls.Glossary,
            Breadcrumbs = [context.Crumb(Urls.Home, "nav_home")],
            Citations = [.. glossary.SelectMany(g => g.Citations)],
            Model = new EntriesView(context.Markdown.ToHtml(t["glossary_intro"]), entries),
        };
    }
}
