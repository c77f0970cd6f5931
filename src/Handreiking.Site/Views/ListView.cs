using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A titled list of points (as inline HTML); checklists get tick boxes in print.</summary>
public sealed record ListView(string Id, string Title, IReadOnlyList<TrustedHtml> Items, bool IsChecklist)
{
    /// <summary>For the first list of a checklist: the address of that checklist's print page ("Print deze checklist").</summary>
    public string? PrintUrl { get; init; }
}
