namespace Handreiking.Site.Views;

/// <summary>An entry on a page that lists several small items (a target group, an organisation type, a fund).</summary>
/// <param name="Cases">The most relevant cases.</param>
/// <param name="AllCases">When there are more cases than shown: a link to all of them in the cases list.</param>
public sealed record EntryView(string Id, string Title, string Summary, IReadOnlyList<ListView> Lists, IReadOnlyList<FactView> Facts, IReadOnlyList<LinkView> Cases, LinkView? AllCases = null);
