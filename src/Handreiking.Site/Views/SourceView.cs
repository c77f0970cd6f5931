using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A source in the bibliography, with the pages that cite it.</summary>
/// <param name="CitedBy">The pages that cite it: every factor, step and method, and the most relevant cases.</param>
/// <param name="CitedByCount">How many pages cite it, shown ones and others.</param>
/// <param name="AllCases">When more cases cite it than are shown: a link to all of them in the cases list.</param>
public sealed record SourceView(string Id, string Title, string Reference, string? Year, string? Url, TrustedHtml DescriptionHtml, IReadOnlyList<LinkView> CitedBy, IReadOnlyList<LinkView> Mentions, int CitedByCount = 0, LinkView? AllCases = null);
