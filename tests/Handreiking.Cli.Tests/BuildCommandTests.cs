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
}
