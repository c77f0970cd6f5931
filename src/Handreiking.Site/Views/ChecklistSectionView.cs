namespace Handreiking.Site.Views;

/// <summary>A section of a checklist: its heading, its points, and whether they are steps in order.</summary>
public sealed record ChecklistSectionView(string Id, string Title, IReadOnlyList<ChecklistItemView> Items, bool Ordered);
