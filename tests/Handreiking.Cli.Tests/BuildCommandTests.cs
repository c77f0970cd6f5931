namespace Handreiking.Cli.Tests;

/// <summary>Odd <c>--out</c> values end in a plain Dutch message and exit code 1, never in a stack trace or a lost file.</summary>
public sealed class BuildCommandTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("theme")]
    public void An_output_folder_that_is_not_the_builds_own_is_refused(string output)
    {
        var root = Testing.RepositoryRoot.Find();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var before = Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal).ToList();
        var previous = Environment.CurrentDirectory;

        var exitCode = CommandLine.Create(stdout, stderr).Parse(
            ["build", "--content", Path.Combine(root, "content"), "--theme", Path.Combine(root, "theme"), "--out", output.Length == 0 || output == "/" ? output : Path.Combine(root, output), "--no-search"]).Invoke();

        Assert.Equal(1, exitCode);
        Assert.Equal(previous, Environment.CurrentDirectory);
        Assert.Contains("Kies een eigen map voor de website", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_with_pdf_but_no_browser_says_the_PDFs_were_skipped_and_succeeds()
    {
        var root = Testing.RepositoryRoot.Find();
        var output = Path.Combine(Path.GetTempPath(), "handreiking-cli-pdf-" + Guid.NewGuid().ToString("N")[..8]);
        var previous = Environment.GetEnvironmentVariable("HANDREIKING_CHROMIUM");
        Environment.SetEnvironmentVariable("HANDREIKING_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var (exitCode, lines, errors) = CliRun.Run(
                "build", "--content", Path.Combine(root, "tests", "Handreiking.Site.Tests", "Fixtures", "buurtkeukens"), "--theme", Path.Combine(root, "theme"), "--out", output, "--no-search", "--pdf");
            Assert.Equal(0, exitCode);
            Assert.Empty(errors);
            Assert.Contains("De PDF's van de checklists zijn overgeslagen: Chromium is niet gevonden op /nonexistent/chromium. De website is verder compleet; de pagina's linken niet naar PDF's.", lines);
            Assert.Empty(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HANDREIKING_CHROMIUM", previous);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
