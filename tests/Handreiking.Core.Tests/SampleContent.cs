namespace Handreiking.Core.Tests;

/// <summary>A small, valid handbook with one or two items of every kind, linked both ways.</summary>
internal static class SampleContent
{
    public const string Case = """
        titel: Taalbazaar
        samenvatting: Een markt in de wijk over alle manieren om Nederlands te leren.
        organisatie: Gemeente Schiedam
        plaats: Schiedam
        land: NL
        periode: 2010
        doelgroepen: [ouders]
        themas: [taal]
        doel: Bewoners laten zien waar ze Nederlands kunnen leren.
        aanpak: |
          Een feest in de wijk met muziek en eten.

          De wethouder beantwoordt vragen.
        werkzame-elementen:
          - Een feestelijke sfeer
        lessen:
          - Nodig de wethouder uit
        succesfactoren: [succesverhalen, er-op-af]
        methoden: [huisbezoeken]
        stappen: [stap-1]
        organisatietypen: [school]
        fondsen: [oranjefonds]
        producten:
          - titel: Verslag taalbazaar
            url: https://www.rijksoverheid.nl/wijkgerichte-inburgering
        website: https://www.schiedam.nl
        bronnen:
          - bron: bzk-2011
            sectie: "Succesfactoren"
        """;

    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("handreiking.yml", """
            # yaml-language-server: $schema=../src/Handreiking.Core/Schemas/handreiking.schema.json
            titel: Testhandreiking
            ondertitel: Voor de tests
            taal: nl
            versiedatum: 2026-11-24
            basis-url: https://example.org
            repository-url: https://github.com/example/handreiking
            inleiding: |
              Een kleine handreiking om mee te testen.
            voor-u-begint: voor-u-begint
            """),
        ("clusters/bereik.yml", "titel: Bereik en werving\nsamenvatting: Hoe u mensen bereikt.\nvolgorde: 2\n"),
        ("clusters/voorbereiding.yml", "titel: Voorbereiding\nsamenvatting: Wat u vooraf regelt.\nvolgorde: 1\n"),
        ("succesfactoren/er-op-af.yml", """
            titel: Ga er op af
            cluster: bereik
            samenvatting: Zoek bewoners op waar ze zijn.
            uitleg: Wacht niet achter een bureau.
            wat-te-doen:
              - Ga de wijk in
              - Praat met bewoners
            doen:
              - Wees bereikbaar
            niet-doen:
              - Communiceer niet alleen per e-mail
            verwant: [succesverhalen]
            bronnen:
              - bron: bzk-2011
                sectie: Ga er op af
            """),
        ("succesfactoren/succesverhalen.yml", """
            titel: Help succesverhalen zich te verspreiden
            cluster: bereik
            samenvatting: Verhalen van anderen verlagen de drempel.
            uitleg: Laat bewoners vertellen wat het hun bracht.
            bronnen:
              - bron: bzk-2011
            """),
        ("fasen/analyse.yml", "titel: Analyse\nsamenvatting: De huidige situatie.\nvolgorde: 1\n"),
        ("stappen/voor-u-begint.yml", """
            nummer: 0
            titel: Voor u begint
            samenvatting: Zorg voor een stevige basis.
            uitleg: Ken uw middelen.
            vragen:
              - Wat is het budget?
            bronnen:
              - bron: bzk-2011
            """),
        ("stappen/stap-1.yml", """
            nummer: 1
            titel: Breng de kandidaten in kaart
            fase: analyse
            samenvatting: Weet wie u wilt bereiken.
            uitleg: Gebruik de cijfers van de gemeente.
            vragen:
              - Wie wonen er in de wijk?
            acties:
              - Vraag de cijfers op
              - Maak een kaart
            lijsten:
              - titel: Bronnen van cijfers
                checklist: true
                items: [Basisregistratie, Wijkmonitor]
              - titel: Achtergrond
                items: [Alleen ter info]
            doen:
              - Begin klein
            methoden: [huisbezoeken]
            succesfactoren: [er-op-af]
            bronnen:
              - bron: bzk-2011
                sectie: Stap 1
            """),
        ("methoden/huisbezoeken.yml", """
            nummer: 2
            titel: Huisbezoeken
            samenvatting: Bezoek bewoners thuis.
            uitleg: Een bezoek thuis maakt contact.
            stappen:
              - Maak een afspraak
              - Ga met twee mensen
            resultaten: Meer aanmeldingen.
            doen:
              - Neem de tijd
            niet-doen:
              - Kom niet onaangekondigd
            succesfactoren: [er-op-af]
            bronnen:
              - bron: bzk-2011
                sectie: Methode 2
            """),
        ("praktijkvoorbeelden/taalbazaar.yml", Case),
        ("doelgroepen/ouders.yml", "titel: Ouders\nsamenvatting: Vaders en moeders.\nkenmerken: [Hebben kinderen]\nbereiken: [Via school]\nwijkgericht: true\n"),
        ("organisatietypen/school.yml", "titel: School\nsamenvatting: Basisschool.\nvoorbeelden: [Brede school]\n"),
        ("themas/taal.yml", "titel: Taal\nsamenvatting: Nederlands leren.\n"),
        ("begrippen/wethouder.yml", """
            term: wethouder
            uitleg: Een lid van het dagelijks bestuur van een gemeente.
            synoniemen: [wethouders]
            land: NL
            bronnen:
              - bron: bzk-2011
                sectie: Creëer draagvlak
            """),
        ("fondsen/oranjefonds.yml", "titel: Oranje Fonds\nsamenvatting: Fonds voor sociale projecten.\nwebsite: https://www.oranjefonds.nl\n"),
        ("bronnen/bzk-2011.yml", """
            soort: document
            titel: Taal en participatie in de wijk
            uitgever: Ministerie van BZK
            jaar: 2011
            datum: maart 2011
            kenmerk: B-7407
            """),
        ("bronnen/wijkgerichte-inburgering.yml", """
            soort: website
            titel: Wijkgerichte inburgering
            url: https://www.rijksoverheid.nl/wijkgerichte-inburgering
            vermeld-in: bzk-2011
            """),
    ];
}
