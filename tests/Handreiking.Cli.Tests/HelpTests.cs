namespace Handreiking.Cli.Tests;

/// <summary>The command line speaks Dutch, in its help and in its parse errors.</summary>
public class HelpTests
{
    [Fact]
    public void The_help_lists_the_commands_in_dutch()
    {
        var (exitCode, lines, _) = CliRun.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                "Handreiking: controleer de inhoud van de handreiking en maak er een website van.",
                "Gebruik:",
                "  handreiking OPDRACHT [opties]",
                "Opties:",
                "  -h, --help   Toon deze hulp.",
                "  --version    Toon het versienummer.",
                "Opdrachten:",
            ],
            lines[..7]);
        Assert.Equal(["new", "validate", "build", "serve", "schema"], lines[7..12].Select(l => l.Trim().Split(' ')[0]));
        Assert.Equal("Meer over een opdracht: handreiking OPDRACHT --help", lines[^1]);
    }

    [Fact]
    public void The_help_of_validate_names_its_options_and_defaults()
    {
        var (exitCode, lines, _) = CliRun.Run("validate", "--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("  handreiking validate [<map>] [opties]", lines[2]);
        Assert.Contains(lines, l => l.StartsWith("  --content <map>", StringComparison.Ordinal) && l.EndsWith("De map met de inhoud. Standaard: content.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  --format <vorm>", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  --baseline <versie>", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Usage", StringComparison.Ordinal) || l.Contains("Show help", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typo_gets_a_dutch_answer_and_where_to_find_help()
    {
        var (exitCode, lines, errors) = CliRun.Run("valdate");

        Assert.Equal(1, exitCode);
        Assert.Empty(lines);
        Assert.Equal(["Kies een opdracht.", "Onbekende opdracht, optie of waarde: 'valdate'.", "Hulp: handreiking --help"], errors);
    }
}
