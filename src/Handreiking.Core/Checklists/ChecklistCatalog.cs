using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Checklists;

/// <summary>
/// The one place that decides what a checklist is: "voor u begint", one per step, method and
/// success factor, all do's and don'ts, and every list the content marks as a checklist. Every
/// page, download and the checklist builder render from these. Pure: the same handbook gives the
/// same checklists in the same order. Items without text are never made; a checklist without items
/// is left out.
/// </summary>
public static class ChecklistCatalog
{
    /// <summary>The id of the checklist of all do's and don'ts.</summary>
    public const string DosAndDontsId = "doen-en-niet-doen";

    /// <summary>
    /// Ids no checklist gets, because the checklist library uses them for its own pages (the
    /// builder and the quick scan); an item with such an id gets its kind added, as duplicates do.
    /// </summary>
    public static IReadOnlyList<string> ReservedIds { get; } = ["samenstellen", "quickscan"];

    /// <summary>Every checklist of the handbook, in a stable order, with unique ids.</summary>
    /// <param name="handbook">The loaded handbook.</param>
    public static IReadOnlyList<Checklist> Create(Handbook handbook)
    {
        ArgumentNullException.ThrowIfNull(handbook);
        var language = handbook.Language;
        var checklists = new List<Checklist>();
        var ids = new HashSet<string>(ReservedIds, StringComparer.Ordinal);

        void Add(string id, string title, ChecklistKind kind, string pausePoint, ChecklistType type, IEnumerable<ChecklistSection> sections,
            IReadOnlyList<Citation> sources, HandbookItem? owner)
        {
            var present = sections.Where(s => s.Items.Count > 0).ToList();
            if (present.Count > 0)
            {
                checklists.Add(new Checklist(Unique(ids, id, kind), title, kind, pausePoint, type, present, sources, handbook.VersionDate, owner));
            }
        }

        foreach (var step in handbook.Steps)
        {
            var before = step == handbook.BeforeYouStart;
            Add(step.Id, step.Title, before ? ChecklistKind.BeforeYouStart : ChecklistKind.Step,
                step.ChecklistUse.PausePoint ?? (before ? PausePoints.BeforeYouStart(language) : PausePoints.Step(language, step.Number)),
                step.ChecklistUse.Type ?? ChecklistType.ReadDo,
                [
                    Section("vragen", ChecklistSectionKind.Questions, step.Questions, step, "vragen"),
                    Section("acties", ChecklistSectionKind.Actions, step.Actions, step, "acties"),
                    .. TipSections(step.Tips, step),
                ],
                Distinct(step.Citations), step);
        }

        foreach (var method in handbook.Methods)
        {
            Add(method.Id, method.Title, ChecklistKind.Method,
                method.ChecklistUse.PausePoint ?? PausePoints.Method(language, method.Title),
                method.ChecklistUse.Type ?? ChecklistType.ReadDo,
                [Section("stappen", ChecklistSectionKind.HowTo, method.HowTo, method, "stappen"), .. TipSections(method.Tips, method)],
                Distinct(method.Citations), method);
        }

        foreach (var factor in handbook.Factors)
        {
            Add(factor.Id, factor.Title, ChecklistKind.SuccessFactor,
                factor.ChecklistUse.PausePoint ?? PausePoints.SuccessFactor(language),
                factor.ChecklistUse.Type ?? ChecklistType.DoConfirm,
                [Section("wat-te-doen", ChecklistSectionKind.Actions, factor.Actions, factor, "wat-te-doen"), .. TipSections(factor.Tips, factor)],
                Distinct(factor.Citations), factor);
        }

        var tipOwners = handbook.Steps.Select(s => ((HandbookItem)s, s.Tips, s.Citations))
            .Concat(handbook.Methods.Select(m => ((HandbookItem)m, m.Tips, m.Citations)))
            .Concat(handbook.Factors.Select(f => ((HandbookItem)f, f.Tips, f.Citations)))
            .Where(o => o.Tips.Count > 0)
            .ToList();
        Add(DosAndDontsId, language == "en" ? "Do's and don'ts" : "Doen en niet doen", ChecklistKind.DosAndDonts,
            PausePoints.DosAndDonts(language), ChecklistType.DoConfirm,
            tipOwners.Select(o => new ChecklistSection(o.Item1.Id, ChecklistSectionKind.Tips, o.Item1.Title, TipItems(o.Tips, o.Item1).ToList())),
            Distinct(tipOwners.SelectMany(o => o.Citations)),
            null);

        foreach (var (owner, list, index) in MarkedLists(handbook))
        {
            var items = list.Items.Select((text, i) => new ChecklistItem(text, owner.Kind, owner.Id, "lijsten", i)).ToList();
            var ownerChecklist = checklists.FirstOrDefault(c => c.Owner == owner);
            var use = owner switch { RouteStep s => s.ChecklistUse, Method m => m.ChecklistUse, _ => ChecklistUse.None };
            Add($"{owner.Id}-lijst-{index + 1}", list.Title, ChecklistKind.MarkedList,
                use.PausePoint ?? ownerChecklist?.PausePoint ?? PausePoints.SuccessFactor(language),
                use.Type ?? ChecklistType.ReadDo,
                [new ChecklistSection($"lijst-{index + 1}", ChecklistSectionKind.List, list.Title, items)],
                Distinct(owner switch { RouteStep s => s.Citations, Method m => m.Citations, _ => [] }),
                owner);
        }

        return checklists;
    }

    /// <summary>The id, or when another checklist (or the library) has it already, the id with its kind added.</summary>
    private static string Unique(HashSet<string> ids, string id, ChecklistKind kind)
    {
        var candidate = id;
        var suffix = kind switch
        {
            ChecklistKind.BeforeYouStart or ChecklistKind.Step => "stap",
            ChecklistKind.Method => "methode",
            ChecklistKind.SuccessFactor => "succesfactor",
            ChecklistKind.DosAndDonts => "tips",
            ChecklistKind.MarkedList => "lijst",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        for (var n = 1; !ids.Add(candidate); n++)
        {
            candidate = n == 1 ? $"{id}-{suffix}" : $"{id}-{suffix}-{n}";
        }

        return candidate;
    }

    /// <summary>Each source once, in the order first cited; with its section only when it is cited for one section.</summary>
    private static IReadOnlyList<Citation> Distinct(IEnumerable<Citation> citations) =>
    [
        .. citations.GroupBy(c => c.Source).Select(g => g.Select(c => c.Section).Distinct().Count() == 1 ? g.First() : new Citation(g.Key, null)),
    ];

    private static ChecklistSection Section(string id, ChecklistSectionKind kind, IReadOnlyList<string> texts, HandbookItem owner, string key) =>
        new(id, kind, null, [.. texts.Select((text, i) => new ChecklistItem(text, owner.Kind, owner.Id, key, i))]);

    private static IEnumerable<ChecklistSection> TipSections(IReadOnlyList<Tip> tips, HandbookItem owner)
    {
        var items = TipItems(tips, owner).ToList();
        yield return new ChecklistSection("doen", ChecklistSectionKind.Dos, null, [.. items.Where(i => i.Tip == TipKind.Do)]);
        yield return new ChecklistSection("niet-doen", ChecklistSectionKind.Donts, null, [.. items.Where(i => i.Tip == TipKind.Dont)]);
    }

    private static IEnumerable<ChecklistItem> TipItems(IReadOnlyList<Tip> tips, HandbookItem owner)
    {
        var dos = tips.Where(t => t.Kind == TipKind.Do).Select((t, i) => new ChecklistItem(t.Text, owner.Kind, owner.Id, "doen", i, TipKind.Do));
        var donts = tips.Where(t => t.Kind == TipKind.Dont).Select((t, i) => new ChecklistItem(t.Text, owner.Kind, owner.Id, "niet-doen", i, TipKind.Dont));
        return dos.Concat(donts);
    }

    private static IEnumerable<(HandbookItem Owner, NamedList List, int Index)> MarkedLists(Handbook handbook)
    {
        var owners = handbook.Steps.Select(s => ((HandbookItem)s, s.Lists)).Concat(handbook.Methods.Select(m => ((HandbookItem)m, m.Lists)));
        foreach (var (owner, lists) in owners)
        {
            for (var i = 0; i < lists.Count; i++)
            {
                if (lists[i].IsChecklist)
                {
                    yield return (owner, lists[i], i);
                }
            }
        }
    }
}
