namespace Handreiking.Site.Views;

/// <summary>A group of the library: the route, the methods, the success factors, …</summary>
public sealed record ChecklistGroupView(string Id, string Title, IReadOnlyList<ChecklistCard> Checklists);
