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

    private (int ExitCode, string[] Lines) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = CommandLine.Create(output, errors).Parse(args).Invoke();
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
    public void Schema_writes_one_file_per_kind()
    {
        var folder = Path.Combine(_root, "schemas");
        var (exitCode, lines) = Run("schema", "--out", folder);
        Assert.Equal(0, exitCode);
        Assert.Equal(["13 schema's geschreven naar " + folder + "."], lines);
        Assert.Equal(13, Directory.GetFiles(folder, "*.schema.json").Length);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
