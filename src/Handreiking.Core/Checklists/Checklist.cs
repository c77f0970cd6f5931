using Handreiking.Core.Model;

namespace Handreiking.Core.Checklists;

/// <summary>A printable checklist derived from the handbook: everything a page, a download or the builder shows of it.</summary>
/// <param name="Id">Stable id, unique among the checklists and usable as a file name, such as <c>stap-3-organisaties-in-de-wijk</c>.</param>
/// <param name="Title">Title to print above it.</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="PausePoint">When to use it ("bij de start van het project"), from the content or derived.</param>
/// <param name="Type">READ-DO or DO-CONFIRM, from the content or derived.</param>
/// <param name="Sections">The sections, each with its items, in the order to print them; none is empty.</param>
/// <param name="Sources">The sources the items come from.</param>
/// <param name="VersionDate">The handbook's version date: the checklist's revision date.</param>
/// <param name="Owner">The step, method or factor whose page holds the checklist; none for the do's and don'ts of the whole handbook.</param>
public sealed record Checklist(
    string Id,
    string Title,
    ChecklistKind Kind,
    string PausePoint,
    ChecklistType Type,
    IReadOnlyList<ChecklistSection> Sections,
    IReadOnlyList<Citation> Sources,
    DateOnly VersionDate,
    HandbookItem? Owner)
{
    /// <summary>Every item of every section, in print order.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; } = [.. Sections.SelectMany(s => s.Items)];
}
