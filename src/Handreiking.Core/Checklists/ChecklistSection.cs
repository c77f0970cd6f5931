namespace Handreiking.Core.Checklists;

/// <summary>A group of items under one heading.</summary>
/// <param name="Id">Id of the section within its checklist, such as <c>vragen</c>, <c>lijst-2</c> or an owner's id; the step, method and factor pages use it as the list's anchor.</param>
/// <param name="Kind">What the section holds, which decides its heading.</param>
/// <param name="Title">The heading written in the content (for <see cref="ChecklistSectionKind.List"/> and <see cref="ChecklistSectionKind.Tips"/>); otherwise none, and the site words the heading in the handbook's language.</param>
/// <param name="Items">The items, at least one.</param>
public sealed record ChecklistSection(string Id, ChecklistSectionKind Kind, string? Title, IReadOnlyList<ChecklistItem> Items);
