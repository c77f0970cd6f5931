using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The home page: introduction, three ways in, and the handbook at a glance.</summary>
public sealed record HomeView(TrustedHtml IntroHtml, IReadOnlyList<LinkView> Ways, IReadOnlyList<LinkView> Sections, IReadOnlyList<LinkView> Steps, IReadOnlyList<LinkView> FeaturedCases);
