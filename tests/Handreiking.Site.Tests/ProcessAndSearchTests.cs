using Handreiking.Site.Processes;
using Handreiking.Site.Search;

namespace Handreiking.Site.Tests;

/// <summary>External programs end within their time limit, and re-indexing leaves nothing of deleted pages behind.</summary>
public class ProcessAndSearchTests
{
    [Fact]
    public void A_program_that_does_not_end_is_stopped_at_its_limit()
    {
        var result = ProcessRunner.Run("sleep", ["30"], TimeSpan.FromMilliseconds(300));
        Assert.True(result.Started);
        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_missing_program_is_reported_not_thrown()
    {
        var result = ProcessRunner.Run("handreiking-bestaat-niet", [], TimeSpan.FromSeconds(5));
        Assert.False(result.Started);
    }

    [Fact]
    public void Both_output_streams_are_read_while_the_program_runs()
    {
        // More than a pipe holds on either stream: a runner that read only one would hang here.
        var result = ProcessRunner.Run("sh", ["-c", "head -c 300000 /dev/zero | tr '\\\\0' a; head -c 300000 /dev/zero | tr '\\\\0' b >&2"], TimeSpan.FromMinutes(1));
        Assert.True(result.Succeeded);
        Assert.Equal(300_000, result.Output.Length);
        Assert.Equal(300_000, result.Errors.Length);
    }

    [Fact]
    public void Reindexing_a_served_site_drops_the_index_files_of_deleted_pages()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(new SiteBuilder(Repository.Options(Repository.Content, output) with { Search = true }).Build().Success);
        var indexer = new SearchIndexer(Repository.Theme, _ => { });
        Assert.True(indexer.IsAvailable, "the theme's npm packages (Pagefind) are installed by the build");
        var fragments = Path.Combine(output, SearchIndexer.OutputFolder, "fragment");
        var stale = Path.Combine(fragments, "verwijderd_0123456.pf_fragment");
        File.WriteAllText(stale, "een pagina die niet meer bestaat");
        var before = Directory.GetFiles(fragments).Length;

        indexer.Reindex(output);

        Assert.False(File.Exists(stale));
        Assert.Equal(before - 1, Directory.GetFiles(fragments).Length);
        Assert.Equal(["site"], Directory.EnumerateDirectories(temp.Path).Select(Path.GetFileName));
    }
}
