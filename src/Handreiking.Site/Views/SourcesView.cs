using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The bibliography: documents, publications and websites.</summary>
public sealed record SourcesView(TrustedHtml IntroHtml, IReadOnlyList<SourceView> Documents, IReadOnlyList<SourceView> Publications, IReadOnlyList<SourceView> Websites);
