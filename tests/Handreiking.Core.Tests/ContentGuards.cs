using System.Text;
using Handreiking.Core.Checklists;
using Handreiking.Core.Loading;
using Handreiking.Core.Model;
using Handreiking.Testing;

namespace Handreiking.Core.Tests;

/// <summary>
/// The content guards: they fail when content of the handbook is lost or broken, and only then.
/// <see cref="ContentGuardTests"/> runs them on the real content; a copy with an editor's new case
/// (<see cref="ContentGuardsWithANewCaseTests"/>) must pass them all too.
/// </summary>
public abstract class ContentGuards
{
    /// <summary>The loaded content the guards check.</summary>
    protected abstract LoadResult Loaded { get; }

    /// <summary>Whether the inventory is the committed one's to compare with (the real content), so a changed inventory is recorded for review.</summary>
    protected virtual bool RecordsInventory => false;

    private Handbook Handbook => Loaded.Handbook;

    [Fact]
    public void The_content_validates_clean()
    {
        Assert.True(Loaded.Diagnostics.Count == 0, string.Join("\n", Loaded.Diagnostics.Select(d => d.Format("content"))));
        Assert.True(Loaded.FileCount > 100);
    }

    /// <summary>The cases the five sources describe; each must keep its file.</summary>
    public static TheoryData<string> RequiredCases() =>
    [
        // Provincie Utrecht brochure.
        "dag-van-de-dialoog-amersfoort", "netwerk-inzicht-amersfoort", "eet-mee-utrecht", "buurtvaders-veenendaal",
        "ramadanfestival", "school-in-de-wereld", "sportief-ijsselveld-ijsselstein", "gilde-samenspraak", "ouders-ontmoeten-elkaar",
        // Workshop 2012 (Verwey-Jonker Instituut and FORUM). The slides name three migrant
        // organisations (BVO Zaandam, Vice Versa, Al Amal) but say nothing that tells them apart,
        // so they are one case about the workshop instead of three copies with the names changed.
        "workshop-migrantenorganisaties-2012",
        // VVSG, seven tips.
        "diversiteitsforum-lier", "veelkleurige-participatie-venlo", "diversiteit-managementteam-halle",
        "bureau-diversiteitsmanagement-antwerpen", "samenleven-in-diversiteit-mechelen", "instapje-genk",
        // BZK, Taal en participatie in de wijk.
        "inburgeringsmarketing-leeuwarden", "mondelinge-enquete-zoetermeer", "sociale-boom-leeuwarden", "pressurecooker-leeuwarden",
        "nieuwsbrief-partners-utrecht", "taal-in-noord-leiden", "duurzaam-samenwerken-roermond", "conferentie-partners-alkmaar",
        "doorverwijzen-wijkteam-roermond", "t3-project-alkmaar", "frontlijnteam-leeuwarden", "huisbezoeken-buurtvoorlichters-utrecht",
        "brede-aanpak-huisbezoeken-roermond", "allochtone-ambassadeurs-zoetermeer", "taal-en-talent-leeuwarden",
        "ouders-en-kind-leren-samen-schiedam", "brugklassen-alkmaar", "begin-bij-jezelf-leiden", "wooncorporatie-taallessen-utrecht",
        "samen-leren-utrecht", "ouders-uitdagen-leeuwarden", "mijn-eerste-van-dale-zoetermeer", "wijkmodule-leiden-noord",
        "taalbazaar-schiedam", "participatiecoach-alkmaar",
    ];

    [Theory]
    [MemberData(nameof(RequiredCases), MemberType = typeof(ContentGuards))]
    public void Every_case_of_the_sources_has_its_file(string id) =>
        Assert.Contains(Handbook.Cases, c => c.Id == id);

    [Fact]
    public void The_route_has_voor_u_begint_and_seven_steps_in_four_phases()
    {
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], Handbook.Steps.Select(s => s.Number));
        Assert.Equal(["analyse", "keuzes", "uitvoering", "monitoring"], Handbook.Phases.Select(p => p.Id));
        Assert.Equal([4, 1, 1, 1], Handbook.Phases.Select(p => p.Steps.Count));
        Assert.Equal("voor-u-begint", Handbook.BeforeYouStart?.Id);
    }

    [Fact]
    public void The_five_methods_are_there_in_order() =>
        Assert.Equal(
            ["netwerken-in-de-wijk", "huisbezoeken", "ambassadeurs", "taal-en-kinderopvang-vve", "taal-en-participeren"],
            Handbook.Methods.Select(m => m.Id));

    [Fact]
    public void Every_factor_cites_a_source_and_has_a_cluster() =>
        Assert.All(Handbook.Factors, f =>
        {
            Assert.NotEmpty(f.Citations);
            Assert.NotNull(f.Cluster);
        });

    [Fact]
    public void Every_case_links_at_least_two_factors() =>
        Assert.All(Handbook.Cases, c => Assert.True(c.Factors.Count >= 2, $"{c.Id} links {c.Factors.Count} factor(s)"));

    [Fact]
    public void Every_step_and_method_has_checklist_items_and_a_tip_where_the_source_gives_one()
    {
        // The BZK handreiking gives stap 2 no do's or don'ts, in a table or in its text.
        string[] withoutTipsInTheSources = ["stap-2-aanpalend-beleid"];
        var checklists = ChecklistCatalog.Create(Handbook);
        var withoutTips = new List<string>();
        foreach (var item in Handbook.Steps.Cast<HandbookItem>().Concat(Handbook.Methods))
        {
            var checklist = checklists.Single(c => c.Id == item.Id);
            Assert.True(checklist.Items.Any(i => i.Tip is null), $"{item.Id} has no checklist items");
            if (!checklist.Items.Any(i => i.Tip is not null))
            {
                withoutTips.Add(item.Id);
            }
        }

        Assert.Equal(withoutTipsInTheSources, withoutTips);
    }

    [Fact]
    public void Every_source_is_cited_or_mentioned() =>
        Assert.All(Handbook.Sources, s =>
            Assert.True(s.SourceType == SourceType.Document ? s.CitedBy.Count > 0 : s.MentionedIn is not null || s.CitedBy.Count > 0,
                $"{s.Id} is cited nowhere"));

    [Fact]
    public void Each_of_the_four_documents_is_cited() =>
        Assert.Equal(
            ["bzk-2011", "utrecht-2009", "verwey-jonker-2012", "vvsg-zeven-tips"],
            Handbook.Sources.Where(s => s.SourceType == SourceType.Document && s.CitedBy.Count > 0).Select(s => s.Id).Order(StringComparer.Ordinal));

    /// <summary>
    /// Every id the committed inventory lists must still be there: removing content fails. New
    /// content does not: the difference is written to the .received. file, which the workflow shows
    /// reviewers in its summary. Accept it with HANDREIKING_ACCEPT_SNAPSHOTS=1.
    /// </summary>
    /// <summary>The products the BZK handreiking lists per municipality ("Lijst van de te downloaden producten").</summary>
    private static readonly string[] BzkProducts =
    [
        "Handleiding Van trajectbegeleider naar participatiecoach", "Handleiding Werving van vrijwillige inburgeraars",
        "Handleiding Brugklassen als methodiek voor Emancipatie & Empowerment", "Handleiding Van inburgering naar participatie",
        "Handreiking Inburgeren in de Pressurecooker - De methodische aanpak van wijkgericht inburgeren",
        "Handreiking Motivatorenonderzoek als basis voor succesvolle inburgeringsmarketing",
        "Handreiking Werving inburgeraars – een brug slaan tussen aanbod en inburgeraar",
        "Handreiking Ouderparticipatie - Vervlechten onderwijswereld met inburgering",
        "Handreiking Vrijwillige diversiteit - prettig kennismaken met vrijwilligerswerk", "Sociale boom (www.projectmcc.nl)",
        "Beleidsonderzoek Inburgering in Leeuwarden", "Eropaf - De Leeuwarder frontlijnaanpak", "Advertentie huis-aan-huisbladen",
        "Productomschrijving Werving", "Introductie toeleidingstraject", "Draaiboek starttraject Begin bij jezelf",
        "Productenboek 'Wijkgericht participeren en inburgeren Leiden-Noord', docentenhandleiding en lessen",
        "Evaluatie netwerkbenadering", "Evaluatie huisbezoeken", "Evaluatie participatie",
        "Taalbazaar", "Inburgering en kinderopvang/VVE",
        "Wijkvoorlichters", "Huisbezoeken en buurtflat", "Toeleidingstraject", "Nieuwsflits Pennenstreek",
        "Werven en toeleiding", "Samenleven in de wijk", "Opvoeding en onderwijs", "Enquête wijkgerichte inburgering (eindrapport en vragenlijst)",
    ];

    [Fact]
    public void All_30_products_of_the_BZK_handreiking_are_linked_from_the_website_that_holds_them()
    {
        Assert.Equal(30, BzkProducts.Distinct(StringComparer.Ordinal).Count());
        var website = Handbook.Sources.Single(s => s.Id == "rijksoverheid-wijkgerichte-inburgering");
        Assert.All(BzkProducts, title =>
            Assert.Contains($"- [*{title}*](https://www.rijksoverheid.nl/wijkgerichte-inburgering)", website.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void A_case_links_only_products_the_BZK_handreiking_names()
    {
        // Besides the list: the evaluation report the Utrecht case names in its own text, and
        // the note that the BZK handreiking works a case out further on the website.
        string[] named = [.. BzkProducts, "Sociale boom", "Evaluatierapport Utrecht", "Uitwerking van dit voorbeeld op de website wijkgerichte inburgering"];
        Assert.All(Handbook.Cases.SelectMany(c => c.Products.Select(p => (c.Id, p.Title))), p =>
            Assert.True(named.Contains(p.Title, StringComparer.Ordinal), $"{p.Id} links '{p.Title}', which the BZK handreiking does not list"));
    }

    [Fact]
    public void Content_inventory()
    {
        var text = Inventory(Handbook);
        var verified = RecordsInventory
            ? Snapshot.Record(text, "txt", nameof(ContentGuardTests))
            : File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Handreiking.Core.Tests", "ContentGuardTests.Content_inventory.verified.txt"));
        Assert.True(verified is not null, "ContentGuardTests.Content_inventory.verified.txt is missing.");
        var missing = Removed(verified, text);
        Assert.True(missing.Count == 0, "Content was removed: " + string.Join(", ", missing));
    }

    /// <summary>The ids in <paramref name="before"/> that <paramref name="after"/> no longer lists, as folder/id.</summary>
    internal static IReadOnlyList<string> Removed(string before, string after) => [.. Ids(before).Except(Ids(after))];

    private static IEnumerable<string> Ids(string inventory)
    {
        var section = string.Empty;
        foreach (var line in inventory.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..line.IndexOf(':', StringComparison.Ordinal)];
            }
            else if (line.Length > 0)
            {
                yield return section + "/" + line;
            }
        }
    }

    internal static string Inventory(Handbook handbook)
    {
        var text = new StringBuilder();
        void Section(string name, IEnumerable<HandbookItem> items)
        {
            var ids = items.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
            text.Append("## ").Append(name).Append(": ").Append(ids.Count).Append('\n');
            ids.ForEach(id => text.Append(id).Append('\n'));
            text.Append('\n');
        }

        Section("clusters", handbook.Clusters);
        Section("succesfactoren", handbook.Factors);
        Section("fasen", handbook.Phases);
        Section("stappen", handbook.Steps);
        Section("methoden", handbook.Methods);
        Section("praktijkvoorbeelden", handbook.Cases);
        Section("doelgroepen", handbook.TargetGroups);
        Section("organisatietypen", handbook.OrganisationTypes);
        Section("themas", handbook.Themes);
        Section("fondsen", handbook.Funds);
        Section("bronnen", handbook.Sources);
        Section("begrippen", handbook.Glossary);
        var tips = handbook.Tips.ToList();
        text.Append("## tips: ").Append(tips.Count(t => t.Kind == TipKind.Do)).Append(" doen, ")
            .Append(tips.Count(t => t.Kind == TipKind.Dont)).Append(" niet doen\n");
        text.Append("## checklists: ").Append(ChecklistCatalog.Create(handbook).Count).Append('\n');
        return text.ToString();
    }
}
