using System.Diagnostics;

namespace Handreiking.Cli.Tests;

/// <summary>validate compares with the files git has at the baseline: a published page must not disappear without vorige-ids.</summary>
public sealed class StableAddressCommandTests : IDisposable
{
    private const string Case = "titel: Taalcafé\nsamenvatting: Praten.\norganisatie: Bibliotheek\nplaats: Utrecht\nland: NL\ndoel: Praten.\naanpak: Elke week.\nsuccesfactoren: [klein-beginnen]\nbronnen:\n  - bron: boekje\n";

    private readonly string _repository = Path.Combine(Path.GetTempPath(), "handreiking-cli-tests", Guid.NewGuid().ToString("N"));

    public StableAddressCommandTests()
    {
        Write("handreiking.yml", "titel: T\ntaal: nl\nversiedatum: 2026-11-24\nbasis-url: https://example.org\ninleiding: Tekst.\n");
        Write("clusters/samen.yml", "titel: Samen\nsamenvatting: Samen.\nvolgorde: 1\n");
        Write("succesfactoren/klein-beginnen.yml", "titel: Klein\ncluster: samen\nsamenvatting: Klein.\nuitleg: Klein.\nbronnen:\n  - bron: boekje\n");
        Write("bronnen/boekje.yml", "soort: publicatie\ntitel: Boekje\n");
        Write("praktijkvoorbeelden/taalcafe.yml", Case);
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "Published");
    }

    private string Content => Path.Combine(_repository, "content");

    [Fact]
    public void A_renamed_case_without_vorige_ids_is_an_error_on_the_new_file()
    {
        File.Delete(Path.Combine(Content, "praktijkvoorbeelden", "taalcafe.yml"));
        Write("praktijkvoorbeelden/taalcafe-utrecht.yml", Case);

        var (exitCode, lines, _) = CliRun.Run("validate", "--content", Content, "--format", "github");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "::error file=content/praktijkvoorbeelden/taalcafe-utrecht.yml,line=1,col=1,title=HR0062::Dit praktijkvoorbeeld is nieuw en praktijkvoorbeelden/taalcafe.yml is weg. "
                    + "Is 'taalcafe' hernoemd naar 'taalcafe-utrecht'? Dan werken links naar de gepubliceerde pagina van 'taalcafe' niet meer. "
                    + "Zet 'vorige-ids: [taalcafe]' in dit bestand: dan stuurt het oude adres door naar de nieuwe pagina.",
                "1 fout in 1 bestand (5 bestanden gelezen).",
            ],
            lines);
    }

    [Fact]
    public void A_renamed_case_with_vorige_ids_is_fine()
    {
        File.Delete(Path.Combine(Content, "praktijkvoorbeelden", "taalcafe.yml"));
        Write("praktijkvoorbeelden/taalcafe-utrecht.yml", Case + "vorige-ids: [taalcafe]\n");

        CliRun.AssertOutput(0, "Geen fouten: 5 bestanden gelezen.", Lines(CliRun.Run("validate", "--content", Content)));
    }

    [Fact]
    public void A_committed_rename_is_found_against_the_baseline_of_the_pull_request()
    {
        File.Delete(Path.Combine(Content, "praktijkvoorbeelden", "taalcafe.yml"));
        Write("praktijkvoorbeelden/taalcafe-utrecht.yml", Case);
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "Rename");

        CliRun.AssertOutput(0, "Geen fouten: 5 bestanden gelezen.", Lines(CliRun.Run("validate", "--content", Content)));
        var (exitCode, lines, _) = CliRun.Run("validate", "--content", Content, "--baseline", "HEAD~1");
        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{Content}/praktijkvoorbeelden/taalcafe-utrecht.yml:1:1: error HR0062: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_case_is_a_warning_on_its_old_path()
    {
        File.Delete(Path.Combine(Content, "praktijkvoorbeelden", "taalcafe.yml"));

        var (exitCode, lines, _) = CliRun.Run("validate", "--content", Content, "--format", "github");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("::warning file=content/praktijkvoorbeelden/taalcafe.yml,line=1,col=1,title=HR0063::De pagina van praktijkvoorbeeld 'taalcafe' is gepubliceerd", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 waarschuwing in 1 bestand (4 bestanden gelezen).", lines[1]);
    }

    [Fact]
    public void An_unknown_baseline_is_said_once_and_the_rest_is_checked()
    {
        var (exitCode, lines, _) = CliRun.Run("validate", "--content", Content, "--baseline", "bestaat-niet");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Let op: Niet gecontroleerd of gepubliceerde pagina's verdwijnen: git kent 'bestaat-niet' hier niet (", lines[0], StringComparison.Ordinal);
        Assert.Equal("Geen fouten: 5 bestanden gelezen.", lines[1]);
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_repository, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal); // git makes its objects read-only
        }

        Directory.Delete(_repository, recursive: true);
    }

    private static (int, string[]) Lines((int ExitCode, string[] Lines, string[] Errors) result) => (result.ExitCode, result.Lines);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
