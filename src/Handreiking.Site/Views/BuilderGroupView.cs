namespace Handreiking.Site.Views;

/// <summary>A group of checklists in the builder's picker.</summary>
public sealed record BuilderGroupView(string Id, string Title, IReadOnlyList<BuilderChecklistView> Checklists);
