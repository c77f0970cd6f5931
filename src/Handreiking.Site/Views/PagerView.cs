namespace Handreiking.Site.Views;

/// <summary>Links between the pages of a long list.</summary>
/// <param name="Label">Where the reader is ("Pagina 2 van 9").</param>
public sealed record PagerView(string Label, LinkView? Previous, LinkView? Next, IReadOnlyList<PageLink> Pages);
