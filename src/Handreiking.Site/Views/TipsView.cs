using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The overview of all do's and don'ts, grouped by where they come from.</summary>
public sealed record TipsView(TrustedHtml IntroHtml, IReadOnlyList<TipGroupView> Groups, int DoCount, int DontCount);
