namespace Handreiking.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "handreiking-cli-tests", Guid.NewGuid().ToString("N"));

    public ValidateCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "themas"));
        File.WriteAllText(Path.Combine(_root, "handreiking.yml"),
            "titel: T\ntaal: nl\nversiedatum: 2026-11-24\nbasis-url: https://example.org\ninleiding: Tekst.\n");
        File.WriteAllText(Path.Combine(_root, "themas", "taal.yml"), "titel: Taal\nsamenvatting: Nederlands leren.\n");
    }

    private static (int ExitCode, string[] Lines) Run(params string[] args)
    {
        var (exitCode, lines, _) = CliRun.Run(args);
        return (exitCode, lines);
    }

    [Fact]
    public void Clean_content_exits_0_with_a_summary()
    {
        var (exitCode, lines) = Run("validate", _root);
        Assert.Equal(0, exitCode);
        Assert.Equal(["Geen fouten: 2 bestanden gelezen."], lines);
    }

    [Fact]
    public void Problems_are_listed_in_compiler_format_and_exit_1()
    {
        File.WriteAllText(Path.Combine(_root, "themas", "taal.yml"), "titel: Taal\nsamenvating: Nederlands leren.\n");
        File.WriteAllText(Path.Combine(_root, "themas", "sport.yml"), "titel: [\n");

        var (exitCode, lines) = Run("validate", _root);

        Assert.Equal(1, exitCode);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{_root}/themas/sport.yml:2:1: error HR0001: ", lines[0]);
        Assert.Equal($"{_root}/themas/taal.yml:1:1: error HR0004: De verplichte sleutel 'samenvatting' ontbreekt in een thema. Voeg 'samenvatting:' toe: samenvatting in één zin: waar het over gaat.", lines[1]);
        Assert.Equal($"{_root}/themas/taal.yml:2:1: error HR0002: De sleutel 'samenvating' bestaat niet in een thema. Bedoelt u 'samenvatting'?", lines[2]);
        Assert.Equal("3 fouten in 2 bestanden (3 bestanden gelezen).", lines[3]);
    }

    [Fact]
    public void B1_warnings_are_listed_and_counted_but_do_not_fail()
    {
        File.WriteAllText(Path.Combine(_root, "themas", "taal.yml"), "titel: Taal\nsamenvatting: Als je wilt, leer je Nederlands. Dat helpt.\n");

        var (exitCode, lines) = Run("validate", _root);

        Assert.Equal(0, exitCode);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{_root}/themas/taal.yml:2:19: warning HR0043: 'je': ", lines[0]);
        Assert.StartsWith($"{_root}/themas/taal.yml:2:33: warning HR0043: 'je': ", lines[1]);
        Assert.StartsWith($"{_root}/themas/taal.yml:2:48: warning HR0044: Deze samenvatting heeft 2 zinnen", lines[2]);
        Assert.Equal("3 waarschuwingen in 1 bestand (2 bestanden gelezen).", lines[3]);
    }

    [Fact]
    public void Missing_folder_exits_1()
    {
        var (exitCode, lines) = Run("validate", Path.Combine(_root, "bestaat-niet"));
        Assert.Equal(1, exitCode);
        Assert.Contains("error HR0019", lines[0]);
    }

    [Fact]
    public void The_content_option_and_the_folder_argument_are_the_same()
    {
        CliRun.AssertOutput(0, "Geen fouten: 2 bestanden gelezen.", Run("validate", "--content", _root));
        CliRun.AssertOutput(0, "Geen fouten: 2 bestanden gelezen.", Run("validate", _root, "--content", _root));
        var (exitCode, _, errors) = CliRun.Run("validate", _root, "--content", "ergens-anders");
        Assert.Equal(1, exitCode);
        Assert.Equal([$"Twee mappen: '{_root}' en --content 'ergens-anders'. Geef de map één keer, met --content."], errors);
    }

    [Fact]
    public void Github_format_prints_one_annotation_per_problem_with_the_path_from_the_repository_root()
    {
        // A repository with the content in content/: annotations name content/…, not the temp folder.
        var repository = Path.Combine(_root, "repo");
        var content = Path.Combine(repository, "content");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        Directory.CreateDirectory(Path.Combine(content, "themas"));
        File.Copy(Path.Combine(_root, "handreiking.yml"), Path.Combine(content, "handreiking.yml"));
        File.WriteAllText(Path.Combine(content, "themas", "taal.yml"), "titel: Taal\nsamenvating: Nederlands leren.\n");

        var (exitCode, lines) = Run("validate", "--content", content, "--format", "github");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "::error file=content/themas/taal.yml,line=1,col=1,title=HR0004::De verplichte sleutel 'samenvatting' ontbreekt in een thema. Voeg 'samenvatting:' toe: samenvatting in één zin: waar het over gaat.",
                "::error file=content/themas/taal.yml,line=2,col=1,title=HR0002::De sleutel 'samenvating' bestaat niet in een thema. Bedoelt u 'samenvatting'?",
                "2 fouten in 1 bestand (2 bestanden gelezen).",
            ],
            lines);
    }

    [Fact]
    public void An_unknown_format_is_refused_in_dutch()
    {
        var (exitCode, lines, errors) = CliRun.Run("validate", _root, "--format", "json");
        Assert.Equal(1, exitCode);
        Assert.Empty(lines);
        Assert.Equal(["'json' kan niet. Kies uit: text, github.", "Hulp: handreiking validate --help"], errors);
    }

    [Fact]
    public void Schema_writes_the_schemas_the_templates_and_the_table_of_keys()
    {
        var schemas = Path.Combine(_root, "schemas");
        var templates = Path.Combine(_root, "sjablonen");
        var guide = Path.Combine(_root, "CONTRIBUTING.md");
        File.WriteAllText(guide, $"# Gids\n\n{Core.Schema.FieldReference.BeginMarker}\noud\n{Core.Schema.FieldReference.EndMarker}\n\nEinde.\n");

        var (exitCode, lines) = Run("schema", "--out", schemas, "--templates", templates, "--guide", guide);

        Assert.Equal(0, exitCode);
        Assert.Equal([$"13 schema's naar {schemas}, 4 sjablonen naar {templates} en de veldentabel in {guide} geschreven."], lines);
        Assert.Equal(13, Directory.GetFiles(schemas, "*.schema.json").Length);
        Assert.Equal(["bron.yml", "methode.yml", "praktijkvoorbeeld.yml", "succesfactor.yml"], Directory.GetFiles(templates).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var text = File.ReadAllText(guide);
        Assert.DoesNotContain("\noud\n", text, StringComparison.Ordinal);
        Assert.Contains("| `vorige-ids` | nee |", text, StringComparison.Ordinal);
        Assert.EndsWith($"{Core.Schema.FieldReference.EndMarker}\n\nEinde.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_without_the_markers_in_the_guide_writes_nothing()
    {
        var schemas = Path.Combine(_root, "schemas");
        var guide = Path.Combine(_root, "CONTRIBUTING.md");
        File.WriteAllText(guide, "# Gids zonder tabel\n");

        var (exitCode, _, errors) = CliRun.Run("schema", "--out", schemas, "--templates", Path.Combine(_root, "sjablonen"), "--guide", guide);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"In '{guide}' staat geen veldentabel", Assert.Single(errors), StringComparison.Ordinal);
        Assert.False(Directory.Exists(schemas));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
