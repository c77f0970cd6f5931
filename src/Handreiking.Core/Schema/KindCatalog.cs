namespace Handreiking.Core.Schema;

/// <summary>
/// The content kinds and their keys: the one description from which the loader checks files and
/// the JSON Schemas for editors are generated, so the two cannot drift apart.
/// </summary>
internal static class KindCatalog
{
    public const string HandbookFile = "handreiking.yml";

    private static FieldSpec Req(string key, FieldType type, string description) => new(key, type, true, description);

    private static FieldSpec Opt(string key, FieldType type, string description) => new(key, type, false, description);

    private static FieldSpec Ref(string key, ContentKind target, bool required, string description) =>
        new(key, FieldType.Reference, required, description) { Target = target };

    private static FieldSpec Refs(string key, ContentKind target, bool required, string description) =>
        new(key, FieldType.ReferenceList, required, description) { Target = target };

    private static readonly FieldSpec Citations = new("bronnen", FieldType.ObjectList, true,
        "De bronnen die dit noemen, elk met de sectie waar het staat.")
    {
        ItemFields =
        [
            Ref("bron", ContentKind.Source, true, "Id van de bron (bestand in bronnen/)."),
            Opt("sectie", FieldType.Text, "Hoofdstuk, kop of pagina in de bron.") with { IsName = true },
        ],
    };

    private static readonly FieldSpec OptionalCitations = Citations with { Required = false };

    private static readonly FieldSpec Lists = new("lijsten", FieldType.ObjectList, false,
        "Extra lijsten, bijvoorbeeld de inhoud van een plan van aanpak.")
    {
        ItemFields =
        [
            Req("titel", FieldType.Text, "Titel van de lijst."),
            Opt("checklist", FieldType.Boolean, "true: de lijst wordt ook een checklist om af te vinken."),
            Req("items", FieldType.TextList, "De punten van de lijst."),
        ],
    };

    private static FieldSpec Dos => Opt("doen", FieldType.TextList, "Do's: wat u wel moet doen.");

    /// <summary>When a trainer uses the item's checklist (its pause point); the catalog derives one when absent.</summary>
    public static readonly FieldSpec ChecklistMoment = Opt("checklist-moment", FieldType.Text,
        "Wanneer u de checklist gebruikt, bijvoorbeeld 'bij de start van het project' of 'voor het eerste overleg met partners'. Zonder deze sleutel kiest de site een moment dat bij het onderdeel past.");

    /// <summary>READ-DO or DO-CONFIRM; the catalog derives one from the kind when absent.</summary>
    public static readonly FieldSpec ChecklistType = Opt("checklist-soort", FieldType.Choice,
        "lezen-en-doen: u leest een punt en doet het meteen. doen-en-controleren: u werkt eerst en kijkt daarna of u niets vergat. Zonder deze sleutel: lezen-en-doen bij stappen en methoden, doen-en-controleren bij succesfactoren.") with
    {
        Choices = ["lezen-en-doen", "doen-en-controleren"],
    };

    private static FieldSpec Donts => Opt("niet-doen", FieldType.TextList, "Don'ts: wat u beter niet doet.");

    /// <summary>
    /// On the kinds that have a page of their own: the ids an item had before it was renamed, so
    /// the build can send readers (and search engines) from the old address to the new one.
    /// </summary>
    public static readonly FieldSpec FormerIds = Opt("vorige-ids", FieldType.FormerIds,
        "Ids die dit onderdeel eerder had (oude bestandsnamen zonder .yml). Het oude adres stuurt dan door naar de nieuwe pagina.");

    private static readonly FieldSpec Country = Req("land", FieldType.Choice, "NL of BE.") with
    {
        Choices = ["NL", "BE"],
        ChoiceAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Nederland"] = "NL", ["Holland"] = "NL", ["België"] = "BE", ["Belgie"] = "BE", ["Vlaanderen"] = "BE",
        },
    };

    private static readonly FieldSpec Title = Req("titel", FieldType.Text, "Korte titel.");

    private static readonly FieldSpec Summary = Req("samenvatting", FieldType.Text, "Samenvatting in één zin: waar het over gaat.");

    public static readonly KindSpec Handbook = new(ContentKind.Handbook, "handreiking", "",
        "De handreiking zelf: titel, inleiding en gegevens van de website.",
        [
            Req("titel", FieldType.Text, "Titel van de handreiking."),
            Opt("ondertitel", FieldType.Text, "Eén regel onder de titel."),
            Req("taal", FieldType.Choice, "Taal van de inhoud (het thema heeft teksten voor nl en en).") with { Choices = ["nl", "en"] },
            Req("versiedatum", FieldType.Date, "Datum van deze versie (JJJJ-MM-DD)."),
            Req("basis-url", FieldType.Url, "Adres van de website."),
            Opt("repository-url", FieldType.Url, "Adres van de repository, voor 'bewerk deze pagina'."),
            Req("inleiding", FieldType.Markdown, "Voor wie, hoe te gebruiken, hoe gemaakt."),
            Opt("over", FieldType.Markdown, "Over deze handreiking: hoe ze gemaakt is, licentie, meewerken, toegankelijkheid."),
            Ref("voor-u-begint", ContentKind.Step, false, "Id van de stap 'voor u begint'."),
        ]);

    public static readonly KindSpec Cluster = new(ContentKind.Cluster, "cluster", "clusters",
        "Een groep succesfactoren.",
        [Title, Summary, Req("volgorde", FieldType.Integer, "Plaats in het overzicht (1 = eerst).")]);

    public static readonly KindSpec SuccessFactor = new(ContentKind.SuccessFactor, "succesfactor", "succesfactoren",
        "Een succesfactor: wat een project laat slagen.",
        [
            Title,
            Ref("cluster", ContentKind.Cluster, true, "Id van het cluster (bestand in clusters/)."),
            Summary,
            Req("uitleg", FieldType.Markdown, "Wat de factor inhoudt en waarom hij telt."),
            Opt("wat-te-doen", FieldType.TextList, "Wat u doet: punten voor de checklist."),
            Dos,
            Donts,
            ChecklistMoment,
            ChecklistType,
            Refs("verwant", ContentKind.SuccessFactor, false, "Ids van verwante succesfactoren."),
            Citations,
            FormerIds,
        ]);

    public static readonly KindSpec Phase = new(ContentKind.Phase, "fase", "fasen",
        "Een fase van de route.",
        [Title, Summary, Req("volgorde", FieldType.Integer, "Plaats in de route (1 = eerst).")]);

    public static readonly KindSpec Step = new(ContentKind.Step, "stap", "stappen",
        "Een stap van de route.",
        [
            Req("nummer", FieldType.Integer, "0 voor 'voor u begint', anders het nummer van de stap."),
            Title,
            Ref("fase", ContentKind.Phase, false, "Id van de fase (bestand in fasen/)."),
            Summary,
            Req("uitleg", FieldType.Markdown, "Wat u in deze stap doet en waarom."),
            Opt("vragen", FieldType.TextList, "Vragen die u zich stelt: punten voor de checklist."),
            Opt("acties", FieldType.TextList, "Wat u doet: punten voor de checklist."),
            Lists,
            Dos,
            Donts,
            ChecklistMoment,
            ChecklistType,
            Refs("methoden", ContentKind.Method, false, "Ids van methoden die bij deze stap passen."),
            Refs("succesfactoren", ContentKind.SuccessFactor, false, "Ids van succesfactoren die bij deze stap horen."),
            Citations,
            FormerIds,
        ]);

    public static readonly KindSpec Method = new(ContentKind.Method, "methode", "methoden",
        "Een methode om wijkgericht te werken.",
        [
            Req("nummer", FieldType.Integer, "Nummer van de methode."),
            Title,
            Summary,
            Req("uitleg", FieldType.Markdown, "Wat de methode is en wanneer u hem gebruikt."),
            Opt("stappen", FieldType.TextList, "De stappen van de werkwijze, op volgorde."),
            Opt("resultaten", FieldType.Markdown, "Wat de methode oplevert."),
            Lists,
            Dos,
            Donts,
            ChecklistMoment,
            ChecklistType,
            Refs("succesfactoren", ContentKind.SuccessFactor, false, "Ids van succesfactoren die bij deze methode horen."),
            Citations,
            FormerIds,
        ]);

    public static readonly KindSpec Case = new(ContentKind.Case, "praktijkvoorbeeld", "praktijkvoorbeelden",
        "Een praktijkvoorbeeld: een project zoals het in de praktijk liep.",
        [
            Title,
            Summary,
            Req("organisatie", FieldType.Text, "Naam van de uitvoerende organisatie(s).") with { IsName = true },
            Req("plaats", FieldType.Text, "Gemeente, stad of regio.") with { IsName = true },
            Country,
            Opt("periode", FieldType.Text, "Wanneer het project liep, bijvoorbeeld 2009-2010. Alleen als een bron het noemt; vermeld die bron bij 'bronnen'."),
            Opt("kort", FieldType.Boolean, "true: een kort voorbeeld. De bron zegt niet meer dan dit; de site toont het als 'kort voorbeeld' in plaats van het aan te vullen."),
            Refs("doelgroepen", ContentKind.TargetGroup, false, "Ids van doelgroepen."),
            Refs("themas", ContentKind.Theme, false, "Ids van thema's."),
            Req("doel", FieldType.Markdown, "Wat het project wilde bereiken."),
            Req("aanpak", FieldType.Markdown, "Hoe het project werkte."),
            Opt("uitvoering", FieldType.Markdown, "Uitvoering en randvoorwaarden."),
            Opt("resultaten", FieldType.Markdown, "Wat het opleverde, ook evaluaties."),
            Opt("werkzame-elementen", FieldType.TextList, "Wat het project deed slagen."),
            Opt("lessen", FieldType.TextList, "Lessen voor wie iets vergelijkbaars wil doen."),
            Refs("succesfactoren", ContentKind.SuccessFactor, true, "Ids van succesfactoren die het voorbeeld laat zien."),
            Refs("methoden", ContentKind.Method, false, "Ids van methoden."),
            Refs("stappen", ContentKind.Step, false, "Ids van stappen van de route."),
            Refs("organisatietypen", ContentKind.OrganisationType, false, "Ids van soorten partnerorganisaties."),
            Refs("fondsen", ContentKind.Fund, false, "Ids van fondsen."),
            new FieldSpec("producten", FieldType.ObjectList, false, "Producten om te downloaden.")
            {
                ItemFields =
                [
                    Req("titel", FieldType.Text, "Naam van het product.") with { IsName = true },
                    Opt("omschrijving", FieldType.Text, "Wat het is."),
                    Opt("url", FieldType.Url, "Waar u het vindt."),
                ],
            },
            Opt("website", FieldType.Url, "Website van het project."),
            Citations,
            FormerIds,
        ]);

    public static readonly KindSpec TargetGroup = new(ContentKind.TargetGroup, "doelgroep", "doelgroepen",
        "Een doelgroep: wie u wilt bereiken.",
        [
            Title,
            Summary,
            Opt("kenmerken", FieldType.TextList, "Kenmerken van de groep."),
            Opt("bereiken", FieldType.TextList, "Hoe u de groep bereikt."),
            Opt("wijkgericht", FieldType.Boolean, "Past de wijkgerichte aanpak bij deze groep?"),
            OptionalCitations,
        ]);

    public static readonly KindSpec OrganisationType = new(ContentKind.OrganisationType, "organisatietype", "organisatietypen",
        "Een soort organisatie om mee samen te werken.",
        [Title, Summary, Opt("voorbeelden", FieldType.TextList, "Voorbeelden van zulke organisaties."), OptionalCitations]);

    public static readonly KindSpec Theme = new(ContentKind.Theme, "thema", "themas", "Een thema.", [Title, Summary]);

    public static readonly KindSpec Fund = new(ContentKind.Fund, "fonds", "fondsen",
        "Een fonds of regeling voor subsidie.",
        [Title, Summary, Opt("website", FieldType.Url, "Website van het fonds."), OptionalCitations]);

    public static readonly KindSpec Source = new(ContentKind.Source, "bron", "bronnen",
        "Een bron: een brondocument, een publicatie of een website.",
        [
            Req("soort", FieldType.Choice, "document, publicatie of website.") with { Choices = ["document", "publicatie", "website"] },
            Title with { IsName = true },
            Opt("ondertitel", FieldType.Text, "Ondertitel.") with { IsName = true },
            Opt("uitgever", FieldType.Text, "Uitgever of opdrachtgever.") with { IsName = true },
            Opt("auteur", FieldType.Text, "Auteur(s).") with { IsName = true },
            Opt("jaar", FieldType.Year, "Jaar van verschijnen."),
            Opt("datum", FieldType.Text, "Datum zoals vermeld, bijvoorbeeld 'maart 2011'.") with { IsName = true },
            Opt("plaats", FieldType.Text, "Plaats van uitgave of van het congres.") with { IsName = true },
            Opt("kenmerk", FieldType.Text, "Kenmerk of bestelnummer.") with { IsName = true },
            Opt("url", FieldType.Url, "Adres op internet."),
            Opt("omschrijving", FieldType.Markdown, "Wat erin staat."),
            Ref("vermeld-in", ContentKind.Source, false, "Id van het document dat deze bron noemt."),
        ]);

    public static readonly KindSpec Glossary = new(ContentKind.Glossary, "begrip", "begrippen",
        "Een begrip: een vakterm of Vlaams woord uit de tekst, één keer uitgelegd in eenvoudige taal.",
        [
            Req("term", FieldType.Text, "Het woord zoals het in de tekst staat, bijvoorbeeld 'empowerment'.") with { IsName = true },
            Req("uitleg", FieldType.Text, "Wat het woord betekent, in eenvoudige taal (B1): een of twee korte zinnen."),
            Opt("synoniemen", FieldType.TextList, "Andere vormen van het woord of woorden met dezelfde betekenis, bijvoorbeeld 'empowering'. Ook die verwijzen naar deze uitleg.") with { IsName = true },
            Country with { Required = false, Description = "BE voor een Vlaams woord, NL voor een woord dat vooral in Nederland gebruikt wordt." },
            Citations with { Description = "Waar het woord in de bronnen staat, met de sectie." },
        ]);

    /// <summary>Every kind that lives in a folder, in the order the loader reads them.</summary>
    public static IReadOnlyList<KindSpec> FolderKinds { get; } =
        [Cluster, SuccessFactor, Phase, Step, Method, Case, TargetGroup, OrganisationType, Theme, Fund, Source, Glossary];

    /// <summary>Every kind, the handbook first.</summary>
    public static IReadOnlyList<KindSpec> All { get; } = [Handbook, .. FolderKinds];

    public static KindSpec Get(ContentKind kind) => All.First(k => k.Kind == kind);
}
