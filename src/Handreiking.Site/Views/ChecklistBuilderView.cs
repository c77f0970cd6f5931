namespace Handreiking.Site.Views;

/// <summary>The checklist builder: every checklist's points to pick from, by group, and its texts for the script.</summary>
public sealed record ChecklistBuilderView(IReadOnlyList<BuilderGroupView> Groups, string Strings, string LibraryUrl);
