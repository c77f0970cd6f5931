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

    public static IReadOnlyList<T> Present<T>(params T?[] items)
        where T : class => [.. items.OfType<T>()];

    public LinkView Crumb(string url, string titleKey) => new(url, Locale[titleKey]);

}
