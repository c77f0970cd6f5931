namespace Handreiking.Site.Views;

/// <summary>The checklist builder: every checklist's points to pick from, by group.</summary>
public sealed record ChecklistBuilderView(IReadOnlyList<BuilderGroupView> Groups, string LibraryUrl);
