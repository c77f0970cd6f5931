using System.Reflection;

namespace Handreiking.Testing;

/// <summary>Compiled into every test project with snapshots: the helper's own rules, checked where the snapshots live.</summary>
public class SnapshotFileTests
{
    private static string ProjectDirectory =>
        Path.Combine(RepositoryRoot.Find(), "tests", Assembly.GetExecutingAssembly().GetName().Name!);

    [Fact]
    public void No_verified_snapshot_is_orphaned()
    {
        var orphans = Snapshot.Orphans(ProjectDirectory, Assembly.GetExecutingAssembly());
        Assert.True(orphans.Count == 0, "No test writes these snapshots any more; delete them: " + string.Join(", ", orphans));
    }

    [Fact]
    public void An_orphaned_snapshot_is_reported()
    {
        var folder = Path.Combine(Path.GetTempPath(), "handreiking-snapshots", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var name in new[]
            {
                "SnapshotFileTests.An_orphaned_snapshot_is_reported.verified.txt", // its test exists
                "SnapshotFileTests.Gone.verified.txt", // the method is gone
                "NoSuchTests.Anything.verified.txt", // the class is gone
                "SnapshotFileTests.Rows_kind=kept.verified.txt", // a row of the theory's data
                "SnapshotFileTests.Rows_kind=dropped.verified.txt", // no such row
            })
            {
                File.WriteAllText(Path.Combine(folder, name), "x\n");
            }

            Assert.Equal(
                ["NoSuchTests.Anything.verified.txt", "SnapshotFileTests.Gone.verified.txt", "SnapshotFileTests.Rows_kind=dropped.verified.txt"],
                Snapshot.Orphans(folder, Assembly.GetExecutingAssembly()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> Kinds() => ["kept"];

    /// <summary>A theory for the orphan check to read; it compares nothing.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Rows(string kind) => Assert.Equal("kept", kind);

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("1", null, true)]
    [InlineData("1", "", true)]
    [InlineData("1", "false", true)]
    [InlineData("0", "true", false)]
    public void Acceptance_is_asked_for(string? accept, string? ci, bool accepting) =>
        Assert.Equal(accepting, Snapshot.Accepting(name => name == Snapshot.AcceptVariable ? accept : name == "CI" ? ci : null));

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Acceptance_is_refused_on_a_build_server(string ci)
    {
        var refused = Assert.Throws<Xunit.Sdk.XunitException>(() => Snapshot.Accepting(name => name == Snapshot.AcceptVariable ? "1" : name == "CI" ? ci : null));
        Assert.StartsWith("HANDREIKING_ACCEPT_SNAPSHOTS=1 is refused on a build server", refused.Message, StringComparison.Ordinal);
    }
}
