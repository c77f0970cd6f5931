using Handreiking.Core.Checklists;

namespace Handreiking.Core.Tests;

/// <summary>The real handbook's checklists, with the exact words of named ones.</summary>
public class RealChecklistTests
{
    private static readonly Lazy<IReadOnlyList<Checklist>> All = new(() =>
    {
        var loaded = new Loading.HandbookLoader().Load(Path.Combine(RepositoryPaths.Root, "content"));
        Assert.False(loaded.HasErrors);
        return ChecklistCatalog.Create(loaded.Handbook);
    });

    [Fact]
    public void Step_3_checklist_has_its_questions_actions_and_dos_in_order()
    {
        var step = All.Value.Single(c => c.Id == "stap-3-organisaties-in-de-wijk");
        Assert.Equal("Zoek de actieve organisaties in de wijk", step.Title);
        Assert.Equal(
            [
                "vragen: Welke organisaties in de wijk werken aan welzijn, onderwijs, wonen of gezondheid?",
                "vragen: Hoe staan ze tegenover vrijwillig Nederlands leren?",
                "vragen: Moedigen ze mensen aan om een taalcursus te volgen?",
                "vragen: Zijn ze bereid om mensen te motiveren?",
                "vragen: Hoeveel invloed hebben ze in de wijk?",
                "vragen: Wat kunnen ze bijdragen aan de aanpak?",
                "acties: Maak een lijst van alle organisaties en instellingen in de wijk op het gebied van welzijn, onderwijs, wonen en gezondheid.",
                "acties: Ga langs en praat met elke organisatie.",
                "acties: Vraag naar hun houding, hun bereidheid en hun invloed in de wijk.",
                "acties: Kies op basis van de antwoorden in welke partners u investeert.",
                "doen: Werk bij voorkeur samen met organisaties die positief staan tegenover uw plannen.",
                "doen: Kies partners op wat ze kunnen bijdragen.",
            ],
            step.Sections.SelectMany(s => s.Items.Select(i => $"{s.Id}: {i.Text}")));
        Assert.Equal(["bzk-2011", "vvsg-zeven-tips"], step.Sources.Select(c => c.Source.Id));
    }

    [Fact]
    public void Factor_draagvlak_is_a_checklist_of_what_to_do_and_tips()
    {
        var factor = All.Value.Single(c => c.Id == "draagvlak");
        Assert.Equal(ChecklistKind.SuccessFactor, factor.Kind);
        Assert.Equal(
            [
                "Zoek een wethouder die uw aanpak steunt en een duidelijke visie uitdraagt.",
                "Informeer beleidsafdelingen en uitvoerders geregeld over de voortgang en de resultaten.",
                "Vraag uitvoerders om ideeën en vertel wat u ermee gedaan hebt.",
                "Schrijf samen met collega's een visietekst en koppel die aan het bestuursakkoord.",
                "Laat iedereen met een rol meeschrijven aan het plan van aanpak, voordat u het laat goedkeuren.",
                "Deel successen met partners binnen en buiten de gemeente; zo houdt u de steun vast.",
                "Investeer in draagvlak en in onderling vertrouwen tussen de partners.",
                "Zorg dat alle partijen in het college het op hoofdlijnen eens zijn.",
                "Maak van het overleg met uitvoerders geen eenrichtingsverkeer.",
            ],
            factor.Items.Select(i => i.Text));
    }

    [Fact]
    public void Marked_list_of_huisbezoeken_keeps_its_title_and_items()
    {
        var list = All.Value.Single(c => c.Id == "huisbezoeken-lijst-1");
        Assert.Equal("Keuzes bij huisbezoeken", list.Title);
        Assert.Equal(6, list.Items.Count);
        Assert.Equal("Smalle of brede aanpak?", list.Items[0].Text);
        Assert.Equal("Samenwerken met de wooncorporatie of woonconsulent?", list.Items[^1].Text);
    }

    [Fact]
    public void Every_checklist_has_items_and_a_unique_id()
    {
        Assert.All(All.Value, c => Assert.NotEmpty(c.Items));
        Assert.Equal(All.Value.Count, All.Value.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
