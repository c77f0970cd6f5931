namespace Handreiking.Site.Views;

/// <summary>The do's and don'ts of one factor, step or method.</summary>
public sealed record TipGroupView(string Id, LinkView Owner, IReadOnlyList<TipView> Dos, IReadOnlyList<TipView> Donts);
