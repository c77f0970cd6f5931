using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>An index page: an introduction and a list of links.</summary>
public sealed record ListPageView(TrustedHtml IntroHtml, IReadOnlyList<LinkView> Items);
