using Handreiking.Core.Checklists;

namespace Handreiking.Core.Model;

/// <summary>
/// What the content says about using an item's checklist (<c>checklist-moment</c>,
/// <c>checklist-soort</c>). Either part may be absent; <see cref="ChecklistCatalog"/> then derives it.
/// </summary>
/// <param name="PausePoint">When to use the checklist, as the content words it.</param>
/// <param name="Type">READ-DO or DO-CONFIRM, when the content says which.</param>
public sealed record ChecklistUse(string? PausePoint, ChecklistType? Type)
{
    /// <summary>Nothing said: the catalog derives both.</summary>
    public static ChecklistUse None { get; } = new(null, null);
}
