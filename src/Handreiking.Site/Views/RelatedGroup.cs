namespace Handreiking.Site.Views;

/// <summary>A group of related items shown beside or below the main content.</summary>
public sealed record RelatedGroup(string Title, IReadOnlyList<LinkView> Links);
