namespace Handreiking.Site.Views;

/// <summary>One numbered page of a long list; a gap in the numbers has an empty address.</summary>
public sealed record PageLink(string Url, string Number, bool Current);
