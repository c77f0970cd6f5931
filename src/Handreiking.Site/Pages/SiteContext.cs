using Handreiking.Core.Checklists;
using Handreiking.Core.Model;
using Handreiking.Site.Rendering;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>What every page type needs: the handbook, the theme's strings, addresses and Markdown, and small helpers that turn model items into view pieces.</summary>
public sealed class SiteContext(Handbook handbook, Locale locale, MarkdownRenderer markdown)
{
    public Handbook Handbook { get; } = handbook;

    public Locale Locale { get; } = locale;

    public Urls Urls { get; } = new(locale);

    public MarkdownRenderer Markdown { get; } = markdown;

    // Every case's facet values, made once: the list, its index, the search data and the home page all read them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<PracticeCase, IReadOnlyList<(string Name, IReadOnlyList<string> Values)>> _facetValues =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>The case's values of every case facet (see <see cref="Facets.CaseValues"/>), made once per build.</summary>
    internal IReadOnlyList<(string Name, IReadOnlyList<string> Values)> FacetValues(PracticeCase c) =>
        _facetValues.GetOrAdd(c, x => Facets.Compute(this, x));

    /// <summary>The handbook's checklists: the one source every page, download and the builder render from.</summary>
    public IReadOnlyList<Checklist> Checklists { get; } = ChecklistCatalog.Create(handbook);

    /// <summary>Whether this build makes a PDF of every checklist (<c>build --pdf</c> with a browser), so pages may link to them.</summary>
    public bool ChecklistPdfs { get; init; }

    /// <summary>The checklists that belong to an item's page (its own, then its marked lists), in catalog order.</summary>
    public IReadOnlyList<Checklist> ChecklistsOf(HandbookItem item) => [.. Checklists.Where(c => c.Owner == item)];

    public LinkView Link(HandbookItem item, string? meta = null) => new(Urls.For(item), item.Title, item.Summary, meta);

    public IReadOnlyList<LinkView> Links(IEnumerable<HandbookItem> items) => [.. items.Select(i => Link(i))];

    public IReadOnlyList<CitationView> Citations(IEnumerable<Citation> citations) =>
    [
        .. citations.Select(c => new CitationView(
            Urls.For(c.Source), c.Source.Title, c.Section, c.Source.Year?.ToString(Locale.Culture), c.Source.Publisher)),
    ];

    public IReadOnlyList<TipView> Tips(IEnumerable<Tip> tips, TipKind kind) =>
        [.. tips.Where(t => t.Kind == kind).Select(t => new TipView(kind == TipKind.Do, Markdown.ToInlineHtml(t.Text)))];

    public ListView? List(string id, string title, IReadOnlyList<string> items, bool isChecklist) =>
        items.Count == 0 ? null : new ListView(id, title, [.. items.Select(Markdown.ToInlineHtml)], isChecklist);

    public RelatedGroup? Related(string titleKey, IEnumerable<HandbookItem> items)
    {
        var links = Links(items);
        return links.Count == 0 ? null : new RelatedGroup(Locale[titleKey], links);
    }

    /// <summary>The most relevant of an item's cases (see <see cref="CaseSelection"/>), with a link to all of them when some are left out.</summary>
    public RelatedGroup? RelatedCases(string titleKey, IReadOnlyList<PracticeCase> cases, Func<PracticeCase, int> position, string facet, string value)
    {
        if (cases.Count == 0)
        {
            return null;
        }

        var (shown, all) = CaseSelection.Top(this, cases, position, facet, value);
        return new RelatedGroup(Locale[titleKey], Links(shown), all);
    }

    public static IReadOnlyList<T> Present<T>(params T?[] items)
        where T : class => [.. items.OfType<T>()];

    public LinkView Crumb(string url, string titleKey) => new(url, Locale[titleKey]);

}
