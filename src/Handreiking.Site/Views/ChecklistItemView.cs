using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>One point of a checklist: its inline HTML, and for a do or don't among others the word that says which.</summary>
public sealed record ChecklistItemView(TrustedHtml Html, string? Label);
