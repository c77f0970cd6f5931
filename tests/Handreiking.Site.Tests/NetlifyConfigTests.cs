using System.Text.Json;
using System.Text.RegularExpressions;
using Handreiking.Site.Output;

namespace Handreiking.Site.Tests;

/// <summary>netlify.toml sends exactly the headers serve sends (one source: SecurityHeaders), and caches what may be cached.</summary>
public partial class NetlifyConfigTests
{
    private static readonly IReadOnlyList<(string For, IReadOnlyList<KeyValuePair<string, string>> Values)> Blocks =
        HeaderBlocks(File.ReadAllLines(Path.Combine(Repository.Root, "netlify.toml")));

    [Fact]
    public void Every_page_gets_exactly_the_security_headers_serve_sends()
    {
        var all = Assert.Single(Blocks, b => b.For == "/*");
        Assert.Equal(SecurityHeaders.All, all.Values);
    }

    [Fact]
    public void The_headers_forbid_what_the_issue_asks()
    {
        var headers = SecurityHeaders.All.ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
        Assert.Equal("max-age=31536000; includeSubDomains", headers["Strict-Transport-Security"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Contains("frame-ancestors 'none'", headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.All(["camera=()", "microphone=()", "geolocation=()"], feature => Assert.Contains(feature, headers["Permissions-Policy"], StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_fingerprinted_stylesheet_is_cached_for_a_year_and_the_search_index_is_revalidated()
    {
        // Netlify joins the values of all blocks that match a path: a Cache-Control on "/*" would be
        // joined to the stylesheet's, so pages keep Netlify's default (revalidate every time).
        Assert.Equal(
            [("/assets/site-*.css", "public, max-age=31536000, immutable"), ("/pagefind/*", "public, max-age=0, must-revalidate")],
            Blocks.SelectMany(b => b.Values.Where(v => v.Key == "Cache-Control").Select(v => (b.For, v.Value))));
    }

    [Fact]
    public void The_reader_of_this_test_reads_what_netlify_reads()
    {
        // The test's own TOML reading must notice a change, or the comparison above proves nothing.
        var changed = File.ReadAllLines(Path.Combine(Repository.Root, "netlify.toml"))
            .Select(l => l.Replace("X-Content-Type-Options = \"nosniff\"", "X-Content-Type-Options = \"sniff\"", StringComparison.Ordinal))
            .ToArray();
        var all = Assert.Single(HeaderBlocks(changed), b => b.For == "/*");
        Assert.NotEqual(SecurityHeaders.All, all.Values);
        Assert.Contains(new KeyValuePair<string, string>("X-Content-Type-Options", "sniff"), all.Values);
    }

    /// <summary>
    /// The [[headers]] tables of netlify.toml: the subset of TOML the file uses (one-line basic
    /// strings, which JSON reads the same way).
    /// </summary>
    private static List<(string For, IReadOnlyList<KeyValuePair<string, string>> Values)> HeaderBlocks(IEnumerable<string> lines)
    {
        var blocks = new List<(string For, IReadOnlyList<KeyValuePair<string, string>> Values)>();
        string? section = null;
        string? path = null;
        List<KeyValuePair<string, string>>? values = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                if (line == "[[headers]]")
                {
                    Flush();
                    values = [];
                }

                section = line;
                continue;
            }

            var pair = KeyValue().Match(line);
            Assert.True(pair.Success, $"netlify.toml: cannot read '{line}'");
            var value = JsonSerializer.Deserialize<string>(pair.Groups[2].Value)!;
            if (section == "[[headers]]" && pair.Groups[1].Value == "for")
            {
                path = value;
            }
            else if (section == "[headers.values]")
            {
                values!.Add(new(pair.Groups[1].Value, value));
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (values is not null)
            {
                blocks.Add((path!, values));
            }

            path = null;
            values = null;
        }
    }

    [GeneratedRegex("""^([A-Za-z0-9_.-]+)\s*=\s*("(?:[^"\\]|\\.)*")$""")]
    private static partial Regex KeyValue();

}
