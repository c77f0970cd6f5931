namespace Handreiking.Site.Views;

/// <summary>The bibliography: documents, publications and websites.</summary>
public sealed record SourcesView(string IntroHtml, IReadOnlyList<SourceView> Documents, IReadOnlyList<SourceView> Publications, IReadOnlyList<SourceView> Websites);
