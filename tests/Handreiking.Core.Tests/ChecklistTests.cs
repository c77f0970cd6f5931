using Handreiking.Core.Checklists;
using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Tests;

public class ChecklistTests
{
    private static IReadOnlyList<Checklist> Checklists(Action<TempContent>? change = null)
    {
        using var content = new TempContent();
        change?.Invoke(content);
        var loaded = content.Load();
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return ChecklistCatalog.Create(loaded.Handbook);
    }

    private static IEnumerable<string> Printed(Checklist checklist) =>
        checklist.Sections.SelectMany(s => s.Items.Select(i => $"{s.Id}: {i.Text}"));

    [Fact]
    public void Checklists_come_in_a_stable_order_and_factors_without_items_have_none()
    {
        Assert.Equal(
            [
                ("voor-u-begint", ChecklistKind.BeforeYouStart),
                ("stap-1", ChecklistKind.Step),
                ("huisbezoeken", ChecklistKind.Method),
                ("er-op-af", ChecklistKind.SuccessFactor),
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
        Assert.Equal(["vragen", "acties", "doen"], step.Sections.Select(s => s.Id));
        Assert.Equal([ChecklistSectionKind.Questions, ChecklistSectionKind.Actions, ChecklistSectionKind.Dos], step.Sections.Select(s => s.Kind));
        Assert.Equal(
            [
                new ChecklistItem("Wie wonen er in de wijk?", ContentKind.Step, "stap-1", "vragen", 0),
                new ChecklistItem("Vraag de cijfers op", ContentKind.Step, "stap-1", "acties", 0),
                new ChecklistItem("Maak een kaart", ContentKind.Step, "stap-1", "acties", 1),
                new ChecklistItem("Begin klein", ContentKind.Step, "stap-1", "doen", 0, TipKind.Do),
            ],
            step.Items);
        Assert.Equal(["bzk-2011"], step.Sources.Select(c => c.Source.Id));
        Assert.Equal(new DateOnly(2026, 11, 24), step.VersionDate);
        Assert.Equal("stap-1", step.Owner?.Id);
    }

    [Fact]
    public void Method_checklist_holds_how_to_steps_then_dos_and_donts()
    {
        var method = Checklists().Single(c => c.Id == "huisbezoeken");
        Assert.Equal(
            ["stappen: Maak een afspraak", "stappen: Ga met twee mensen", "doen: Neem de tijd", "niet-doen: Kom niet onaangekondigd"],
            Printed(method));
    }

    [Fact]
    public void Factor_checklist_holds_what_to_do_then_dos_and_donts()
    {
        var factor = Checklists().Single(c => c.Id == "er-op-af");
        Assert.Equal(
            ["wat-te-doen: Ga de wijk in", "wat-te-doen: Praat met bewoners", "doen: Wees bereikbaar", "niet-doen: Communiceer niet alleen per e-mail"],
            Printed(factor));
        Assert.Equal(ChecklistType.DoConfirm, factor.Type);
        Assert.Equal("Als u uw plan van aanpak maakt of bijstelt", factor.PausePoint);
    }

    [Fact]
    public void Dos_and_donts_have_a_section_per_item_in_route_method_factor_order()
    {
        var tips = Checklists().Single(c => c.Kind == ChecklistKind.DosAndDonts);
        Assert.Equal(["stap-1", "huisbezoeken", "er-op-af"], tips.Sections.Select(s => s.Id));
        Assert.Equal(["Breng de kandidaten in kaart", "Huisbezoeken", "Ga er op af"], tips.Sections.Select(s => s.Title));
        Assert.Equal(
            ["stap-1/doen/Begin klein", "huisbezoeken/doen/Neem de tijd", "huisbezoeken/niet-doen/Kom niet onaangekondigd", "er-op-af/doen/Wees bereikbaar", "er-op-af/niet-doen/Communiceer niet alleen per e-mail"],
            tips.Items.Select(i => $"{i.OriginId}/{i.OriginKey}/{i.Text}"));
        Assert.Equal(["bzk-2011"], tips.Sources.Select(c => c.Source.Id));
        Assert.Null(tips.Owner);
    }

    [Fact]
    public void Only_lists_marked_as_checklist_become_checklists_with_the_owners_pause_point()
    {
        var marked = Assert.Single(Checklists(), c => c.Kind == ChecklistKind.MarkedList);
        Assert.Equal("Bronnen van cijfers", marked.Title);
        Assert.Equal(["lijst-1: Basisregistratie", "lijst-1: Wijkmonitor"], Printed(marked));
        Assert.Equal("Als u aan stap 1 begint, en nog eens voordat u verdergaat", marked.PausePoint);
    }

    [Fact]
    public void Derived_pause_points_and_types_follow_the_kind()
    {
        var checklists = Checklists();
        Assert.Equal(
            [
                ("voor-u-begint", "Bij de start van het project, voordat u keuzes maakt", ChecklistType.ReadDo),
                ("stap-1", "Als u aan stap 1 begint, en nog eens voordat u verdergaat", ChecklistType.ReadDo),
                ("huisbezoeken", "Als u 'Huisbezoeken' voorbereidt met uw partners", ChecklistType.ReadDo),
                ("er-op-af", "Als u uw plan van aanpak maakt of bijstelt", ChecklistType.DoConfirm),
                ("doen-en-niet-doen", "Voor een overleg met collega's en partners over uw aanpak", ChecklistType.DoConfirm),
                ("stap-1-lijst-1", "Als u aan stap 1 begint, en nog eens voordat u verdergaat", ChecklistType.ReadDo),
            ],
            checklists.Select(c => (c.Id, c.PausePoint, c.Type)));
    }

    [Fact]
    public void Content_names_the_pause_point_and_type()
    {
        var checklists = Checklists(content => content.Write("stappen/stap-1.yml",
            File.ReadAllText(Path.Combine(content.Root, "stappen/stap-1.yml")) + "\nchecklist-moment: Voor het eerste overleg met partners\nchecklist-soort: doen-en-controleren\n"));
        var step = checklists.Single(c => c.Id == "stap-1");
        Assert.Equal(("Voor het eerste overleg met partners", ChecklistType.DoConfirm), (step.PausePoint, step.Type));
        var list = checklists.Single(c => c.Id == "stap-1-lijst-1");
        Assert.Equal(("Voor het eerste overleg met partners", ChecklistType.DoConfirm), (list.PausePoint, list.Type));
    }

    [Fact]
    public void A_wrong_checklist_type_is_a_diagnostic_at_its_line()
    {
        using var content = new TempContent();
        content.Write("stappen/stap-1.yml", File.ReadAllText(Path.Combine(content.Root, "stappen/stap-1.yml")) + "\nchecklist-soort: lezen\n");
        var loaded = content.Load();
        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal("stappen/stap-1.yml", error.Location.File);
        Assert.Equal(File.ReadAllLines(Path.Combine(content.Root, "stappen/stap-1.yml")).Length, error.Location.Line);
        Assert.Contains("Kies uit: lezen-en-doen, doen-en-controleren. Bedoelt u 'lezen-en-doen'?", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_clash_get_their_kind_and_reserved_ids_are_never_used()
    {
        var checklists = Checklists(content => content
            .Write("methoden/stap-1.yml", "nummer: 3\ntitel: Zelfde naam\nsamenvatting: S.\nuitleg: U.\nstappen: [Eerst dit]\nbronnen:\n  - bron: bzk-2011\n")
            .Write("succesfactoren/quickscan.yml", "titel: Q\ncluster: bereik\nsamenvatting: S.\nuitleg: U.\nwat-te-doen: [Kijk]\nbronnen:\n  - bron: bzk-2011\n"));
        Assert.Contains(checklists, c => c.Id == "stap-1" && c.Kind == ChecklistKind.Step);
        Assert.Contains(checklists, c => c.Id == "stap-1-methode" && c.Kind == ChecklistKind.Method);
        Assert.Contains(checklists, c => c.Id == "quickscan-succesfactor" && c.Kind == ChecklistKind.SuccessFactor);
        Assert.Equal(checklists.Count, checklists.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
