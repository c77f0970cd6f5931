namespace Handreiking.Site.Views;

/// <summary>A checklist in the builder's picker, with its points.</summary>
public sealed record BuilderChecklistView(string Id, string Title, string KindLabel, string ItemCount, IReadOnlyList<BuilderItemView> Items);
