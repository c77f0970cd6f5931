using Handreiking.Core.Checklists;
using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Tests;

public class ChecklistTests
{
    private static IReadOnlyList<Checklist> Checklists()
    {
        using var content = new TempContent();
        return ChecklistCatalog.Create(content.Load().Handbook);
    }

    [Fact]
    public void Checklists_come_in_a_stable_order()
    {
        Assert.Equal(
            [
                ("voor-u-begint", ChecklistKind.BeforeYouStart),
                ("stap-1", ChecklistKind.Step),
                ("huisbezoeken", ChecklistKind.Method),
                ("doen-en-niet-doen", ChecklistKind.DosAndDonts),
                ("stap-1-lijst-1", ChecklistKind.MarkedList),
            ],
            Checklists().Select(c => (c.Id, c.Kind)));
    }

    [Fact]
    public void Step_checklist_holds_questions_actions_and_tips_with_their_origin()
    {
        var step = Checklists().Single(c => c.Id == "stap-1");
        Assert.Equal("Breng de kandidaten in kaart", step.Title);
        Assert.Equal(
            [
                new ChecklistItem("Wie wonen er in de wijk?", "Vragen", ContentKind.Step, "stap-1", "vragen", 0),
                new ChecklistItem("Vraag de cijfers op", "Wat u doet", ContentKind.Step, "stap-1", "acties", 0),
                new ChecklistItem("Maak een kaart", "Wat u doet", ContentKind.Step, "stap-1", "acties", 1),
                new ChecklistItem("Begin klein", "Doen", ContentKind.Step, "stap-1", "doen", 0, TipKind.Do),
            ],
            step.Items);
    }

    [Fact]
    public void Method_checklist_holds_how_to_steps_then_dos_and_donts()
    {
        var method = Checklists().Single(c => c.Id == "huisbezoeken");
        Assert.Equal(
            ["Stappen: Maak een afspraak", "Stappen: Ga met twee mensen", "Doen: Neem de tijd", "Niet doen: Kom niet onaangekondigd"],
            method.Items.Select(i => $"{i.Group}: {i.Text}"));
    }

    [Fact]
    public void Dos_and_donts_gather_steps_methods_and_factors()
    {
        var tips = Checklists().Single(c => c.Kind == ChecklistKind.DosAndDonts);
        Assert.Equal(
            ["stap-1/doen/Begin klein", "huisbezoeken/doen/Neem de tijd", "huisbezoeken/niet-doen/Kom niet onaangekondigd", "er-op-af/doen/Wees bereikbaar", "er-op-af/niet-doen/Communiceer niet alleen per e-mail"],
            tips.Items.Select(i => $"{i.OriginId}/{i.OriginKey}/{i.Text}"));
    }

    [Fact]
    public void Only_lists_marked_as_checklist_become_checklists()
    {
        var marked = Assert.Single(Checklists(), c => c.Kind == ChecklistKind.MarkedList);
        Assert.Equal("Bronnen van cijfers", marked.Title);
        Assert.Equal(["Basisregistratie", "Wijkmonitor"], marked.Items.Select(i => i.Text));
    }
}
