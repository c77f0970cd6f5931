using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A page of text, such as "over deze handreiking" or the 404 page.</summary>
public sealed record TextPageView(TrustedHtml Html, IReadOnlyList<LinkView> Links);
