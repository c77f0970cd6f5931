using Handreiking.Site.Output;

namespace Handreiking.Site.Tests;

/// <summary>A build writes only into a folder that is absent, empty or its own, and never loses a user's file.</summary>
public class OutputFolderTests
{
    /// <summary>A repository with content and theme folders (copies of the real ones) and a user's file in each folder.</summary>
    private sealed class Workspace : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Workspace()
        {
            Directory.CreateDirectory(Path.Combine(Repo, ".git"));
            File.WriteAllText(Path.Combine(Repo, ".git", "HEAD"), "ref: refs/heads/main\n");
            TempFolder.Copy(Repository.Content, Content);
            foreach (var part in new[] { "layouts", "pages", "partials", "locales", "assets" })
            {
                TempFolder.Copy(Path.Combine(Repository.Theme, part), Path.Combine(Theme, part));
            }

            Directory.CreateDirectory(Home);
            File.WriteAllText(Path.Combine(Home, "notities.txt"), "mijn notities");
            Directory.CreateDirectory(WorkingFolder);
            File.WriteAllText(Path.Combine(WorkingFolder, "brief.txt"), "mijn brief");
            Directory.CreateDirectory(Elsewhere);
            File.WriteAllText(Path.Combine(Elsewhere, "werk.docx"), "mijn werk");
        }

        public string Root => _temp.Path;

        public string Repo => _temp.Combine("repo");

        public string Content => Path.Combine(Repo, "content");

        public string Theme => Path.Combine(Repo, "theme");

        public string Home => _temp.Combine("home");

        public string Elsewhere => _temp.Combine("elders");

        public string WorkingFolder => _temp.Combine("werkmap");

        public string? Refusal(string output) => OutputFolder.Refusal(output, Content, Theme, WorkingFolder, Home);

        public BuildResult Build(string output) => new SiteBuilder(Repository.Options(Content, output) with { ThemeDirectory = Theme }).Build();

        public SortedDictionary<string, byte[]> Snapshot() => Repository.Files(Root);

        public void Dispose() => _temp.Dispose();
    }

    [Theory]
    [InlineData("content", "is de map met de inhoud")]
    [InlineData("theme", "is de map met het thema")]
    [InlineData(".", "is de map van de repository")]
    [InlineData("../werkmap", "is de huidige map")]
    [InlineData("..", "bevat de map met de inhoud")]
    [InlineData("content/praktijkvoorbeelden", "ligt in de map met de inhoud")]
    [InlineData("theme/assets/out", "ligt in de map met het thema")]
    [InlineData("../home", "is uw persoonlijke map")]
    [InlineData("../elders", "bevat bestanden die Handreiking niet gemaakt heeft")]
    [InlineData("/", "hoofdmap")]
    [InlineData("", "geen map voor de website")]
    [InlineData("   ", "geen map voor de website")]
    [InlineData("uit\u001b[2Jvoer", "tekens die in een mapnaam niet kunnen")]
    public void A_folder_that_is_not_the_builds_own_is_refused_and_nothing_is_touched(string output, string reason)
    {
        using var workspace = new Workspace();
        var full = output.Length == 0 || output.Trim().Length == 0 || output.StartsWith('/') ? output : Path.Combine(workspace.Repo, output);
        var before = workspace.Snapshot();

        var refusal = workspace.Refusal(full);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', refusal);
        if (!output.Contains('\u001b', StringComparison.Ordinal) && output != "/" && output != "." && output.Trim().Length > 0)
        {
            // The build itself refuses too (with the process's own current and home folder).
            var result = workspace.Build(full);
            Assert.False(result.Success);
            Assert.NotNull(result.Error);
        }

        Assert.Equal(before.Keys, workspace.Snapshot().Keys);
    }

    [Fact]
    public void A_file_and_a_symbolic_link_are_refused()
    {
        using var workspace = new Workspace();
        var file = Path.Combine(workspace.Repo, "site.txt");
        File.WriteAllText(file, "geen map");
        Assert.Contains("is een bestand", workspace.Refusal(file), StringComparison.Ordinal);

        var link = Path.Combine(workspace.Repo, "_site");
        Directory.CreateSymbolicLink(link, workspace.Elsewhere);
        Assert.Contains("symbolische link", workspace.Refusal(link), StringComparison.Ordinal);
        Assert.False(workspace.Build(link).Success);
        Assert.True(File.Exists(Path.Combine(workspace.Elsewhere, "werk.docx")));
        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
    }

    [Fact]
    public void A_link_to_the_content_folder_is_seen_through()
    {
        using var workspace = new Workspace();
        var link = Path.Combine(workspace.Root, "naar-content");
        Directory.CreateSymbolicLink(link, workspace.Content);
        Assert.Contains("de map met de inhoud", workspace.Refusal(Path.Combine(link, "..", "repo", "content")), StringComparison.Ordinal);
        Assert.Contains("de map met de inhoud", workspace.Refusal(Path.Combine(link, "sub")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_or_empty_folder_is_accepted_and_then_replaced_on_every_build()
    {
        using var workspace = new Workspace();
        var output = Path.Combine(workspace.Repo, "_site");
        Assert.Null(workspace.Refusal(output));
        Directory.CreateDirectory(output);
        Assert.Null(workspace.Refusal(output));

        Assert.True(workspace.Build(output).Success);
        Assert.True(File.Exists(Path.Combine(output, OutputFolder.MarkerFileName)));
        Assert.True(workspace.Build(output).Success);
        Assert.Equal(["_site", "content", "theme"], Directory.EnumerateDirectories(workspace.Repo).Select(Path.GetFileName).Where(n => n != ".git").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_but_a_strangers_folder_beside_them_is_kept()
    {
        using var workspace = new Workspace();
        var output = Path.Combine(workspace.Repo, "_site");
        Assert.True(workspace.Build(output).Success);
        var staging = output + ".staging-123-abcdef12";
        TempFolder.Copy(output, staging);
        var stranger = output + ".staging-mijn-map";
        Directory.CreateDirectory(stranger);
        File.WriteAllText(Path.Combine(stranger, "belangrijk.txt"), "niet weggooien");

        Assert.True(workspace.Build(output).Success);

        Assert.False(Directory.Exists(staging));
        Assert.True(File.Exists(Path.Combine(stranger, "belangrijk.txt")));
    }

    [Fact]
    public void A_crash_between_the_two_renames_is_repaired_by_the_next_build()
    {
        using var workspace = new Workspace();
        var output = Path.Combine(workspace.Repo, "_site");
        Assert.True(workspace.Build(output).Success);
        var setAside = output + ".old-123-abcdef12";
        Directory.Move(output, setAside); // the moment between "old aside" and "new in place"

        AtomicWriter.Recover(output);

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(setAside));
    }
}
