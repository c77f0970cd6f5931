using System.Globalization;
using System.Text;

namespace Handreiking.Benchmarks;

/// <summary>
/// Writes a synthetic content folder: a small valid frame (handbook, clusters, factors, phase,
/// step, method, vocabulary, source) plus any number of generated cases that link to it. Used by
/// every benchmark, so load, render and search are measured on the same input.
/// </summary>
public static class SyntheticContent
{
    private static readonly string[] Factors = ["er-op-af", "klein-beginnen", "gezamenlijke-belangen", "vertrouwen-winnen", "werving", "draagvlak"];
    private static readonly string[] Places = ["Utrecht", "Leiden", "Roermond", "Alkmaar", "Leeuwarden", "Zoetermeer", "Schiedam", "Genk"];
    private static readonly string[] Themes = ["taal", "participatie", "ontmoeting"];

    /// <summary>Creates <paramref name="root"/> with the frame and <paramref name="caseCount"/> cases.</summary>
    public static void Write(string root, int caseCount)
    {
        Directory.CreateDirectory(root);
        WriteFile(root, "handreiking.yml", "titel: Synthetische handreiking\ntaal: nl\nversiedatum: 2026-11-24\nbasis-url: https://example.org\ninleiding: |\n  Gegenereerde inhoud voor metingen.\nvoor-u-begint: voor-u-begint\n");
        WriteFile(root, "clusters/bereik.yml", "titel: Bereik\nsamenvatting: Hoe u mensen bereikt.\nvolgorde: 1\n");
        foreach (var factor in Factors)
        {
            WriteFile(root, $"succesfactoren/{factor}.yml",
                $"titel: Factor {factor}\ncluster: bereik\nsamenvatting: Over {factor}.\nuitleg: |\n  Uitleg over {factor}.\nwat-te-doen:\n  - Doe iets\ndoen:\n  - Wel dit\nniet-doen:\n  - Niet dat\nbronnen:\n  - bron: bron\n    sectie: Hoofdstuk 1\n");
        }

        WriteFile(root, "fasen/analyse.yml", "titel: Analyse\nsamenvatting: Eerst kijken.\nvolgorde: 1\n");
        WriteFile(root, "stappen/voor-u-begint.yml", "nummer: 0\ntitel: Voor u begint\nsamenvatting: Basis.\nuitleg: Eerst de basis.\nvragen: [Wat is het budget?]\nbronnen:\n  - bron: bron\n");
        WriteFile(root, "stappen/stap-1.yml", "nummer: 1\ntitel: Stap 1\nfase: analyse\nsamenvatting: Kandidaten.\nuitleg: In kaart brengen.\nacties: [Vraag cijfers op]\nbronnen:\n  - bron: bron\n");
        WriteFile(root, "methoden/huisbezoeken.yml", "nummer: 1\ntitel: Huisbezoeken\nsamenvatting: Bezoek thuis.\nuitleg: Thuis praten.\nstappen: [Maak een afspraak]\nbronnen:\n  - bron: bron\n");
        WriteFile(root, "doelgroepen/ouders.yml", "titel: Ouders\nsamenvatting: Ouders.\n");
        WriteFile(root, "organisatietypen/school.yml", "titel: School\nsamenvatting: School.\n");
        foreach (var theme in Themes)
        {
            WriteFile(root, $"themas/{theme}.yml", $"titel: {theme}\nsamenvatting: Thema {theme}.\n");
        }

        WriteFile(root, "fondsen/fonds.yml", "titel: Fonds\nsamenvatting: Een fonds.\n");
        WriteFile(root, "bronnen/bron.yml", "soort: document\ntitel: Bron\njaar: 2011\n");

        var caseFolder = Path.Combine(root, "praktijkvoorbeelden");
        Directory.CreateDirectory(caseFolder);
        for (var i = 0; i < caseCount; i++)
        {
            File.WriteAllText(Path.Combine(caseFolder, $"voorbeeld-{i:D5}.yml"), Case(i));
        }
    }

    private static string Case(int i)
    {
        var place = Places[i % Places.Length];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # yaml-language-server: $schema=../../src/Handreiking.Core/Schemas/praktijkvoorbeeld.schema.json
            titel: Voorbeeld {i} in {place}
            samenvatting: Een gegenereerd praktijkvoorbeeld nummer {i}.
            organisatie: Gemeente {place}
            plaats: {place}
            land: NL
            periode: 2009-2011
            doelgroepen: [ouders]
            themas: [{Themes[i % Themes.Length]}]
            doel: |
              Bewoners van {place} leren Nederlands en doen mee in de wijk. Het project wil
              dat ouders contact krijgen met de school van hun kinderen.
            aanpak: |
              De gemeente werkt samen met de school, het buurthuis en de moskee. Medewerkers
              gaan op huisbezoek en nodigen ouders uit voor een taalcursus.

              Vrijwilligers helpen bij de lessen en bij uitstapjes in de wijk.
            uitvoering: Een projectleider en twee huisbezoekers, betaald uit het participatiebudget.
            resultaten: |
              In het eerste jaar deden {20 + (i % 30)} ouders mee. De meesten gingen daarna verder met een cursus.
            werkzame-elementen:
              - Persoonlijk contact
              - Lessen dichtbij huis
            lessen:
              - Begin klein
              - Vier successen
            succesfactoren: [{Factors[i % Factors.Length]}, {Factors[(i + 1) % Factors.Length]}]
            methoden: [huisbezoeken]
            stappen: [stap-1]
            organisatietypen: [school]
            fondsen: [fonds]
            website: https://www.example.org/voorbeeld-{i}
            bronnen:
              - bron: bron
                sectie: Voorbeelden

            """);
        return text.ToString();
    }

    /// <summary>
    /// Copies a real content folder to <paramref name="root"/> and adds <paramref name="caseCount"/>
    /// generated cases that name its own factors, themes, target groups, organisation types and
    /// methods (a fixed random choice, so every run gets the same cases): the real handbook at scale,
    /// as <c>../shared/tools/perf-sites</c> makes it.
    /// </summary>
    public static void WriteOnRealContent(string realContent, string root, int caseCount)
    {
        foreach (var file in Directory.EnumerateFiles(realContent, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(realContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        string[] Ids(string folder) => [.. Directory.EnumerateFiles(Path.Combine(realContent, folder), "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];
        var factors = Ids("succesfactoren");
        var themes = Ids("themas");
        var groups = Ids("doelgroepen");
        var organisations = Ids("organisatietypen");
        var methods = Ids("methoden");
        var source = Ids("bronnen").Contains("bzk-2011") ? "bzk-2011" : Ids("bronnen")[0];
        string[] places = ["Utrecht", "Leiden", "Roermond", "Alkmaar", "Leeuwarden", "Zoetermeer", "Schiedam", "Genk", "Gouda", "Venlo"];
        var random = new Random(7);
        string Pick(string[] from, int n) => string.Join(", ", from.OrderBy(_ => random.Next()).Take(n));
        var folder = Path.Combine(root, "praktijkvoorbeelden");
        for (var i = 0; i < caseCount; i++)
        {
            var place = places[i % places.Length];
            File.WriteAllText(Path.Combine(folder, $"synthetisch-{i:D5}.yml"), string.Create(CultureInfo.InvariantCulture, $"""
                titel: Synthetisch voorbeeld {i} in {place}
                samenvatting: Een gegenereerd praktijkvoorbeeld nummer {i} in {place}.
                organisatie: Gemeente {place}
                plaats: {place}
                land: {(place == "Genk" ? "BE" : "NL")}
                periode: sinds {2000 + (i % 15)}
                doelgroepen: [{Pick(groups, 1)}]
                themas: [{Pick(themes, 2)}]
                organisatietypen: [{Pick(organisations, 2)}]
                methoden: [{Pick(methods, 1)}]
                doel: |
                  Bewoners van {place} leren Nederlands en doen mee in de wijk (nummer {i}).
                aanpak: |
                  De gemeente werkt samen met de school, het buurthuis en de moskee. Medewerkers gaan op **huisbezoek**.

                  - een taalcafé
                  - een wandeling door {place}
                resultaten: In het eerste jaar deden {20 + (i % 30)} ouders mee.
                werkzame-elementen:
                  - Persoonlijk contact
                lessen:
                  - Begin klein
                succesfactoren: [{Pick(factors, 3)}]
                bronnen:
                  - bron: {source}
                    sectie: Synthetisch

                """));
        }
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
