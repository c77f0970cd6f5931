namespace Handreiking.Core.Checklists;

/// <summary>A printable checklist derived from the handbook.</summary>
/// <param name="Id">Stable id, usable as a file name, such as <c>stap-3-organisaties-in-de-wijk</c>.</param>
/// <param name="Title">Title to print above it.</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Items">The points, in the order to print them.</param>
public sealed record Checklist(string Id, string Title, ChecklistKind Kind, IReadOnlyList<ChecklistItem> Items);
