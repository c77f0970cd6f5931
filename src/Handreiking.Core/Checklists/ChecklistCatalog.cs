using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Checklists;

/// <summary>
/// Derives the checklists from a handbook: "voor u begint", one per step, one per method, the
/// do's and don'ts, and every list the content marks as a checklist. Pure: the same handbook
/// gives the same checklists in the same order.
/// </summary>
public static class ChecklistCatalog
{
    /// <summary>Group heading for questions.</summary>
    public const string QuestionsGroup = "Vragen";

    /// <summary>Group heading for actions.</summary>
    public const string ActionsGroup = "Wat u doet";

    /// <summary>Group heading for a method's how-to steps.</summary>
    public const string HowToGroup = "Stappen";

    /// <summary>Group heading for do's.</summary>
    public const string DosGroup = "Doen";

    /// <summary>Group heading for don'ts.</summary>
    public const string DontsGroup = "Niet doen";

    /// <summary>Every checklist of the handbook, in a stable order.</summary>
    /// <param name="handbook">The loaded handbook.</param>
    public static IReadOnlyList<Checklist> Create(Handbook handbook)
    {
        ArgumentNullException.ThrowIfNull(handbook);
        var checklists = new List<Checklist>();
        foreach (var step in handbook.Steps)
        {
            var kind = step == handbook.BeforeYouStart ? ChecklistKind.BeforeYouStart : ChecklistKind.Step;
            checklists.Add(new Checklist(step.Id, step.Title, kind, [.. ForStep(step)]));
        }

        foreach (var method in handbook.Methods)
        {
            checklists.Add(new Checklist(method.Id, method.Title, ChecklistKind.Method, [.. ForMethod(method)]));
        }

        checklists.Add(new Checklist("doen-en-niet-doen", "Doen en niet doen", ChecklistKind.DosAndDonts, [.. DosAndDonts(handbook)]));

        foreach (var (owner, list, index) in MarkedLists(handbook))
        {
            var items = list.Items.Select((text, i) => new ChecklistItem(text, list.Title, owner.Kind, owner.Id, "lijsten", i)).ToList();
            checklists.Add(new Checklist($"{owner.Id}-lijst-{index + 1}", list.Title, ChecklistKind.MarkedList, items));
        }

        return checklists;
    }

    private static IEnumerable<ChecklistItem> ForStep(RouteStep step)
    {
        foreach (var (text, i) in step.Questions.Select((t, i) => (t, i)))
        {
            yield return new ChecklistItem(text, QuestionsGroup, ContentKind.Step, step.Id, "vragen", i);
        }

        foreach (var (text, i) in step.Actions.Select((t, i) => (t, i)))
        {
            yield return new ChecklistItem(text, ActionsGroup, ContentKind.Step, step.Id, "acties", i);
        }

        foreach (var item in TipItems(step.Tips, step.Id, ContentKind.Step))
        {
            yield return item;
        }
    }

    private static IEnumerable<ChecklistItem> ForMethod(Method method)
    {
        foreach (var (text, i) in method.HowTo.Select((t, i) => (t, i)))
        {
            yield return new ChecklistItem(text, HowToGroup, ContentKind.Method, method.Id, "stappen", i);
        }

        foreach (var item in TipItems(method.Tips, method.Id, ContentKind.Method))
        {
            yield return item;
        }
    }

    private static IEnumerable<ChecklistItem> DosAndDonts(Handbook handbook)
    {
        var owners = handbook.Steps.Select(s => (s.Id, s.Kind, s.Tips))
            .Concat(handbook.Methods.Select(m => (m.Id, m.Kind, m.Tips)))
            .Concat(handbook.Factors.Select(f => (f.Id, f.Kind, f.Tips)));
        return owners.SelectMany(o => TipItems(o.Tips, o.Id, o.Kind));
    }

    private static IEnumerable<ChecklistItem> TipItems(IReadOnlyList<Tip> tips, string ownerId, ContentKind ownerKind)
    {
        var dos = tips.Where(t => t.Kind == TipKind.Do).Select((t, i) => new ChecklistItem(t.Text, DosGroup, ownerKind, ownerId, "doen", i, TipKind.Do));
        var donts = tips.Where(t => t.Kind == TipKind.Dont).Select((t, i) => new ChecklistItem(t.Text, DontsGroup, ownerKind, ownerId, "niet-doen", i, TipKind.Dont));
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
