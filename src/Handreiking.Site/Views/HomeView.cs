using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The home page: introduction, "what works for …" by situation, three ways in, and the handbook at a glance.</summary>
/// <param name="WhatWorks">Target groups, themes and organisation types with their number of cases: a form that opens the filtered cases list.</param>
/// <param name="CasesUrl">The cases list, where that form leads.</param>
public sealed record HomeView(TrustedHtml IntroHtml, IReadOnlyList<LinkView> Ways, IReadOnlyList<LinkView> Sections, IReadOnlyList<LinkView> Steps, IReadOnlyList<LinkView> FeaturedCases, IReadOnlyList<FacetView> WhatWorks, string CasesUrl);
