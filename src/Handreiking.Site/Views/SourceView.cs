using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A source in the bibliography, with the pages that cite it.</summary>
public sealed record SourceView(string Id, string Title, string Reference, string? Year, string? Url, TrustedHtml DescriptionHtml, IReadOnlyList<LinkView> CitedBy, IReadOnlyList<LinkView> Mentions);
