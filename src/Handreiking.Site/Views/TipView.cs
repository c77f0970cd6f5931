using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A do or a don't, as HTML, with the page it belongs to.</summary>
public sealed record TipView(bool IsDo, TrustedHtml Html, LinkView? Owner = null);
