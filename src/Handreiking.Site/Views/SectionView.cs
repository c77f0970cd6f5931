using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A titled section of Markdown text; the id is its anchor.</summary>
public sealed record SectionView(string Id, string Title, TrustedHtml Html);
