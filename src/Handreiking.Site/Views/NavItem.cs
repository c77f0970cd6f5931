namespace Handreiking.Site.Views;

/// <summary>An item of the main navigation; <see cref="Current"/> marks the section the page is in.</summary>
public sealed record NavItem(string Url, string Title, bool Current);
