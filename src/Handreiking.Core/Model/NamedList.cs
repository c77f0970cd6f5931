namespace Handreiking.Core.Model;

/// <summary>An extra list in a step or method, such as the contents of a plan van aanpak.</summary>
/// <param name="Title">Title of the list.</param>
/// <param name="IsChecklist">True when the content marks the list as a checklist.</param>
/// <param name="Items">The points of the list.</param>
public sealed record NamedList(string Title, bool IsChecklist, IReadOnlyList<string> Items);
