namespace Handreiking.Site.Views;

/// <summary>A group of related items shown beside or below the main content.</summary>
/// <param name="All">When the group shows only the first items of a long list: a link to all of them.</param>
public sealed record RelatedGroup(string Title, IReadOnlyList<LinkView> Links, LinkView? All = null);
