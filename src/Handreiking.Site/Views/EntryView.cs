namespace Handreiking.Site.Views;

/// <summary>An entry on a page that lists several small items (a target group, an organisation type, a fund).</summary>
public sealed record EntryView(string Id, string Title, string Summary, IReadOnlyList<ListView> Lists, IReadOnlyList<FactView> Facts, IReadOnlyList<LinkView> Cases);
