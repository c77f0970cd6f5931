namespace Handreiking.Site.Views;

/// <summary>A section of a checklist: its heading, its points, whether they are steps in order, and whether lines to write on follow in print.</summary>
public sealed record ChecklistSectionView(string Id, string Title, IReadOnlyList<ChecklistItemView> Items, bool Ordered, bool Lines);
