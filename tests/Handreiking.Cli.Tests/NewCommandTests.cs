using System.Text.RegularExpressions;
using Handreiking.Core.Schema;

namespace Handreiking.Cli.Tests;

/// <summary><c>handreiking new</c>: a new file from the template, its path and next steps; never over an existing file.</summary>
public sealed partial class NewCommandTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "handreiking-cli-tests", Guid.NewGuid().ToString("N"), "content");

    public NewCommandTests()
    {
        Write("handreiking.yml", "titel: T\ntaal: nl\nversiedatum: 2026-11-24\nbasis-url: https://example.org\ninleiding: Tekst.\n");
        Write("clusters/samen.yml", "titel: Samen\nsamenvatting: Samen.\nvolgorde: 1\n");
        Write("succesfactoren/klein-beginnen.yml", "titel: Klein\ncluster: samen\nsamenvatting: Klein.\nuitleg: Klein.\nbronnen:\n  - bron: boekje\n");
        Write("succesfactoren/er-op-af.yml", "titel: Er op af\ncluster: samen\nsamenvatting: Ga.\nuitleg: Ga.\nbronnen:\n  - bron: boekje\n");
        Write("bronnen/boekje.yml", "soort: publicatie\ntitel: Boekje\n");
    }

    private string NewFile => Path.Combine(_content, "praktijkvoorbeelden", "taalcafe-in-de-bibliotheek.yml");

    [Fact]
    public void New_case_writes_the_template_with_the_title_and_says_what_to_do_next()
    {
        var (exitCode, lines, errors) = CliRun.Run("new", "case", "Taalcafé in de bibliotheek", "--content", _content);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors);
        Assert.Equal(
            [
                $"Nieuw praktijkvoorbeeld: {NewFile}",
                "Zo gaat u verder:",
                "  1. Vul in het bestand elke sleutel in waar VERPLICHT boven staat. De uitleg staat erboven.",
                $"  2. Controleer het: dotnet run --project src/Handreiking.Cli -- validate --content {_content}",
                "  3. Bekijk de pagina: dotnet run --project src/Handreiking.Cli -- serve",
                "Meer uitleg staat in CONTRIBUTING.md.",
            ],
            lines);
        Assert.Equal(ContentTemplates.Generate(ContentKind.Case, "Taalcafé in de bibliotheek"), File.ReadAllText(NewFile));
        Assert.Contains("\ntitel: Taalcafé in de bibliotheek\n", File.ReadAllText(NewFile), StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        Write("praktijkvoorbeelden/taalcafe-in-de-bibliotheek.yml", "titel: Al begonnen\n");

        var (exitCode, lines, errors) = CliRun.Run("new", "praktijkvoorbeeld", "Taalcafé in de bibliotheek", "--content", _content);

        Assert.Equal(1, exitCode);
        Assert.Empty(lines);
        Assert.Equal([$"{NewFile} bestaat al; er is niets veranderd. Kies een andere titel, of een eigen id met --id."], errors);
        Assert.Equal("titel: Al begonnen\n", File.ReadAllText(NewFile));
    }

    [Fact]
    public void A_new_case_points_validate_at_each_required_key_until_it_is_filled_in()
    {
        Assert.Equal(0, CliRun.Run("new", "case", "Taalcafé in de bibliotheek", "--content", _content).ExitCode);
        var file = File.ReadAllLines(NewFile);
        var expected = file.Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => EmptyRequired().IsMatch(l.Line))
            .Select(l => $"{_content}/praktijkvoorbeelden/taalcafe-in-de-bibliotheek.yml:{l.Number}:")
            .ToList();

        var (exitCode, lines, _) = CliRun.Run("validate", "--content", _content);

        Assert.Equal(1, exitCode);
        Assert.Equal(9, expected.Count); // samenvatting, organisatie, plaats, land, doel, aanpak, two factors, bron
        Assert.Equal(expected, lines[..^1].Select(l => l[..(l.IndexOf(".yml:", StringComparison.Ordinal) + 5)] + l[(l.IndexOf(".yml:", StringComparison.Ordinal) + 5)..].Split(':')[0] + ":"));
        Assert.All(lines[..^1], l => Assert.Contains(": error HR0006: ", l, StringComparison.Ordinal));
        Assert.Equal("9 fouten in 1 bestand (6 bestanden gelezen).", lines[^1]);
    }

    [Fact]
    public void A_new_case_validates_once_the_required_keys_are_filled_in()
    {
        Assert.Equal(0, CliRun.Run("new", "case", "Taalcafé in de bibliotheek", "--content", _content).ExitCode);
        var text = File.ReadAllText(NewFile)
            .Replace("\nsamenvatting:\n", "\nsamenvatting: Nieuwkomers en vrijwilligers praten elke week Nederlands.\n", StringComparison.Ordinal)
            .Replace("\norganisatie:\n", "\norganisatie: Bibliotheek Voorbeeldstad\n", StringComparison.Ordinal)
            .Replace("\nplaats:\n", "\nplaats: Voorbeeldstad\n", StringComparison.Ordinal)
            .Replace("\nland:\n", "\nland: NL\n", StringComparison.Ordinal)
            .Replace("\ndoel: |\n", "\ndoel: |\n  Nieuwkomers oefenen Nederlands.\n", StringComparison.Ordinal)
            .Replace("\naanpak: |\n", "\naanpak: |\n  Vrijwilligers praten elke week met een groepje.\n", StringComparison.Ordinal)
            .Replace("\nsuccesfactoren:\n  -\n  -\n", "\nsuccesfactoren:\n  - klein-beginnen\n  - er-op-af\n", StringComparison.Ordinal)
            .Replace("\n  - bron:\n", "\n  - bron: boekje\n", StringComparison.Ordinal);
        File.WriteAllText(NewFile, text);

        var (exitCode, lines, _) = CliRun.Run("validate", "--content", _content);

        CliRun.AssertOutput(0, "Geen fouten: 6 bestanden gelezen.", (exitCode, lines));
    }

    [Fact]
    public void Every_kind_can_be_started_and_lands_in_its_folder()
    {
        Assert.Equal(0, CliRun.Run("new", "factor", "Ga er op af!", "--content", _content).ExitCode);
        Assert.Equal(0, CliRun.Run("new", "method", "Aanbellen", "--content", _content).ExitCode);
        Assert.Equal(0, CliRun.Run("new", "bron", "Jaarverslag 2024", "--content", _content, "--id", "jaarverslag-bibliotheek").ExitCode);

        Assert.True(File.Exists(Path.Combine(_content, "succesfactoren", "ga-er-op-af.yml")));
        Assert.True(File.Exists(Path.Combine(_content, "methoden", "aanbellen.yml")));
        Assert.True(File.Exists(Path.Combine(_content, "bronnen", "jaarverslag-bibliotheek.yml")));
    }

    [Theory]
    [InlineData(new[] { "new", "boek", "Titel" }, "'boek' kan niet. Kies uit: case, factor, method, source, praktijkvoorbeeld, succesfactor, methode, bron.")]
    [InlineData(new[] { "new", "case", "???" }, "Van '???' kan geen id gemaakt worden. Geef een titel met letters, of kies een id met --id (kleine letters, cijfers en streepjes).")]
    [InlineData(new[] { "new", "case", "Titel", "--id", "Mijn Id" }, "Van 'Titel' kan geen id gemaakt worden. Geef een titel met letters, of kies een id met --id (kleine letters, cijfers en streepjes).")]
    public void A_wrong_kind_or_title_is_refused_in_dutch(string[] args, string error)
    {
        var (exitCode, lines, errors) = CliRun.Run([.. args, "--content", _content]);
        Assert.Equal(1, exitCode);
        Assert.Empty(lines);
        Assert.Equal(error, errors[0]);
        Assert.False(Directory.Exists(Path.Combine(_content, "praktijkvoorbeelden")));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_content)!, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [GeneratedRegex(@"^((samenvatting|organisatie|plaats|land):|(doel|aanpak): \||  -|  - bron:)$")]
    private static partial Regex EmptyRequired();
}
