namespace Handreiking.Site.PostProcessing;

/// <summary>What link checking needs of one page, read from its HTML once: its ids, its links and the resources it loads.</summary>
/// <param name="Url">The page address.</param>
/// <param name="Anchors">The ids on the page.</param>
/// <param name="Links">Targets of <c>a href</c>.</param>
/// <param name="Resources">Targets the browser fetches: stylesheets, scripts, images, frames.</param>
public sealed record PageLinks(string Url, IReadOnlySet<string> Anchors, IReadOnlyList<string> Links, IReadOnlyList<string> Resources);
