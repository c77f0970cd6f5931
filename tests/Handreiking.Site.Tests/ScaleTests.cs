using System.IO.Compression;
using Handreiking.Benchmarks;
using Xunit.Abstractions;

namespace Handreiking.Site.Tests;

/// <summary>
/// The real handbook with 10,000 generated cases: every HTML page stays under 100 KB gzipped, as
/// light for a reader on a phone as the handbook is today. (It once had an 8 MB cases list and
/// 300 KB factor pages.) Built once, without search; the benchmark reports the timings, this test only sizes.
/// </summary>
public sealed class ScaleTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;
    private const int MaxGzipBytes = 100 * 1024;

    [Fact]
    public void Every_page_stays_under_100_KB_gzipped_at_10000_cases()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        SyntheticContent.WriteOnRealContent(Repository.Content, content, Cases);
        var site = folder.Combine("site");
        var result = new SiteBuilder(Repository.Options(content, site)).Build();
        Assert.True(result.Success, result.Error ?? string.Join("\n", result.Diagnostics.Take(5).Select(d => d.ToString())));

        var sizes = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .AsParallel()
            .Select(path => (Page: "/" + Path.GetRelativePath(site, path), Bytes: new FileInfo(path).Length, Gzip: GzipLength(path)))
            .OrderByDescending(p => p.Gzip)
            .ToList();
        output.WriteLine($"{sizes.Count} pages; largest gzipped:");
        foreach (var page in sizes.Take(8))
        {
            output.WriteLine($"  {page.Page}: {page.Gzip / 1024.0:F1} KB gzip ({page.Bytes / 1024.0:F0} KB)");
        }

        Assert.True(sizes.Count > Cases, $"only {sizes.Count} pages for {Cases} cases");
        var heavy = sizes.Where(p => p.Gzip >= MaxGzipBytes).ToList();
        Assert.True(heavy.Count == 0, $"{heavy.Count} page(s) of 100 KB or more gzipped:\n" + string.Join("\n", heavy.Take(10).Select(p => $"  {p.Page}: {p.Gzip / 1024.0:F0} KB")));
    }

    private static long GzipLength(string path)
    {
        using var counter = new MemoryStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }

        return counter.Length;
    }
}
