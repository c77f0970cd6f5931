namespace Handreiking.Site.Views;

/// <summary>An index page: an introduction and a list of links.</summary>
public sealed record ListPageView(string IntroHtml, IReadOnlyList<LinkView> Items);
