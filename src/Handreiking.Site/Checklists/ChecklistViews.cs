using System.Globalization;
using Handreiking.Core.Checklists;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;
using Handreiking.Site.Views;

namespace Handreiking.Site.Checklists;

/// <summary>Turns a catalog checklist into what its page and the library show; the one place that does.</summary>
internal sealed class ChecklistViews(SiteContext context)
{
    private readonly ChecklistLabels _labels = new(context);

    public ChecklistLabels Labels => _labels;

    /// <summary>The absolute address of a checklist's page on the handbook's own site (also for previews: paper outlives them).</summary>
    public string Address(Checklist checklist) => context.Handbook.BaseUrl.TrimEnd('/') + context.Urls.Checklist(checklist.Id);

    public ChecklistView Page(Checklist checklist)
    {
        var t = context.Locale;
        var address = Address(checklist);
        return new ChecklistView(
            _labels.KindLabel(checklist),
            checklist.PausePoint,
            _labels.TypeLabel(checklist.Type),
            _labels.TypeHelp(checklist.Type),
            [.. checklist.Sections.Select(Section)],
            _labels.ItemCount(checklist),
            checklist.Owner is { } owner ? new LinkView(context.Urls.For(owner), owner.Title) : null,
            context.Citations(checklist.Sources),
            t.Date(checklist.VersionDate),
            checklist.VersionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            address,
            QrCodeSvg.Create(address, t.Format("checklist_qr_label", address)),
            context.ChecklistPdfs ? context.Urls.ChecklistPdf(checklist.Id) : null,
            context.Urls.ChecklistDocx(checklist.Id),
            context.Urls.Checklists);
    }

    public ChecklistCard Card(Checklist checklist) => new(
        checklist.Id,
        context.Urls.Checklist(checklist.Id),
        checklist.Title,
        _labels.KindLabel(checklist),
        checklist.PausePoint,
        _labels.TypeLabel(checklist.Type),
        _labels.ItemCount(checklist),
        context.ChecklistPdfs ? context.Urls.ChecklistPdf(checklist.Id) : null,
        context.Urls.ChecklistDocx(checklist.Id));

    /// <summary>
    /// The library's groups, in the order a trainer meets them: the route, methods, success
    /// factors, all do's and don'ts, and the lists the content marks as checklists.
    /// </summary>
    public IReadOnlyList<(string Id, string TitleKey, IReadOnlyList<Checklist> Checklists)> Groups()
    {
        IReadOnlyList<Checklist> Of(params ChecklistKind[] kinds) => [.. context.Checklists.Where(c => kinds.Contains(c.Kind))];
        return
        [
            .. new (string, string, IReadOnlyList<Checklist>)[]
            {
                ("route", "checklists_group_route", Of(ChecklistKind.BeforeYouStart, ChecklistKind.Step)),
                ("methoden", "checklists_group_methods", Of(ChecklistKind.Method)),
                ("succesfactoren", "checklists_group_factors", Of(ChecklistKind.SuccessFactor)),
                ("doen-en-niet-doen", "checklists_group_tips", Of(ChecklistKind.DosAndDonts)),
                ("lijsten", "checklists_group_lists", Of(ChecklistKind.MarkedList)),
            }.Where(g => g.Item3.Count > 0),
        ];
    }

    /// <summary>
    /// For the page of a step, method or factor: its checklist's section with this id (<c>vragen</c>,
    /// <c>acties</c>, <c>stappen</c>, <c>wat-te-doen</c>) as a list, the first one carrying "Print deze checklist".
    /// </summary>
    public ListView? OwnerSection(HandbookItem owner, string sectionId)
    {
        var checklist = context.ChecklistsOf(owner).FirstOrDefault(c => c.Kind != ChecklistKind.MarkedList);
        var listed = checklist?.Sections.Where(s => s.Kind is not (ChecklistSectionKind.Dos or ChecklistSectionKind.Donts)).ToList() ?? [];
        var section = listed.FirstOrDefault(s => s.Id == sectionId);
        if (section is null)
        {
            return null;
        }

        return new ListView(section.Id, _labels.SectionTitle(section), [.. section.Items.Select(i => context.Markdown.ToInlineHtml(i.Text))], IsChecklist: true)
        {
            PrintUrl = section == listed[0] ? context.Urls.Checklist(checklist!.Id) : null,
        };
    }

    /// <summary>
    /// An item's extra lists in their order: those marked as a checklist from the catalog (with
    /// "Print deze checklist"), the others as plain lists.
    /// </summary>
    public IReadOnlyList<ListView> OwnerLists(HandbookItem owner, IReadOnlyList<NamedList> lists)
    {
        var marked = context.ChecklistsOf(owner).Where(c => c.Kind == ChecklistKind.MarkedList)
            .ToDictionary(c => c.Sections[0].Id, StringComparer.Ordinal);
        var views = new List<ListView>();
        for (var n = 0; n < lists.Count; n++)
        {
            var id = $"lijst-{n + 1}";
            if (marked.TryGetValue(id, out var checklist))
            {
                views.Add(new ListView(id, checklist.Title, [.. checklist.Items.Select(i => context.Markdown.ToInlineHtml(i.Text))], IsChecklist: true)
                {
                    PrintUrl = context.Urls.Checklist(checklist.Id),
                });
            }
            else if (context.List(id, lists[n].Title, lists[n].Items, isChecklist: false) is { } plain)
            {
                views.Add(plain);
            }
        }

        return views;
    }

    private ChecklistSectionView Section(ChecklistSection section) => new(
        section.Id,
        _labels.SectionTitle(section),
        [.. section.Items.Select(i => new ChecklistItemView(context.Markdown.ToInlineHtml(i.Text), _labels.ItemLabel(section, i)))],
        section.Kind == ChecklistSectionKind.HowTo,
        // The checklist of all do's and don'ts has a short section per item: the notes at the end serve them all.
        section.Kind != ChecklistSectionKind.Tips);
}
