using Handreiking.Core.Checklists;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;
using Handreiking.Site.Rendering;

namespace Handreiking.Site.Checklists;

/// <summary>
/// The words around a checklist in the handbook's language: section headings, what it belongs to,
/// its type and size. The page, the Word file and the builder all word a checklist through here.
/// </summary>
internal sealed class ChecklistLabels(SiteContext context)
{
    private readonly Locale _t = context.Locale;

    public string SectionTitle(ChecklistSection section) => section.Kind switch
    {
        ChecklistSectionKind.Questions => _t["list_questions"],
        ChecklistSectionKind.Actions => _t["list_actions"],
        ChecklistSectionKind.HowTo => _t["list_how_to"],
        ChecklistSectionKind.Dos => _t["tips_do"],
        ChecklistSectionKind.Donts => _t["tips_dont"],
        ChecklistSectionKind.Tips or ChecklistSectionKind.List => section.Title ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section.Kind, null),
    };

    /// <summary>For an item among others of both kinds (the do's and don'ts of one item): "Doen" or "Niet doen".</summary>
    public string? ItemLabel(ChecklistSection section, ChecklistItem item) =>
        section.Kind == ChecklistSectionKind.Tips && item.Tip is { } tip ? _t[tip == TipKind.Do ? "tips_do" : "tips_dont"] : null;

    public string KindLabel(Checklist checklist) => checklist.Kind switch
    {
        ChecklistKind.BeforeYouStart or ChecklistKind.Step or ChecklistKind.Method => OwnerLabel(checklist.Owner),
        ChecklistKind.SuccessFactor => _t["checklist_kind_factor"],
        ChecklistKind.DosAndDonts => _t["checklist_kind_tips"],
        ChecklistKind.MarkedList => _t.Format("checklist_kind_list", OwnerLabel(checklist.Owner)),
        _ => throw new ArgumentOutOfRangeException(nameof(checklist), checklist.Kind, null),
    };

    public string TypeLabel(ChecklistType type) => _t[type == ChecklistType.ReadDo ? "checklist_type_read_do" : "checklist_type_do_confirm"];

    public string TypeHelp(ChecklistType type) => _t[type == ChecklistType.ReadDo ? "checklist_type_read_do_help" : "checklist_type_do_confirm_help"];

    public string ItemCount(Checklist checklist) => _t.Count("checklist_items", checklist.Items.Count);

    private string OwnerLabel(HandbookItem? owner) => owner switch
    {
        RouteStep step => RoutePageSource.NumberLabel(context, step),
        Method method => _t.Format("method_label", method.Number),
        SuccessFactor => _t["checklist_kind_factor"],
        _ => string.Empty,
    };
}
