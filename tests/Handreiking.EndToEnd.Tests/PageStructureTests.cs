using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// The HTML that serve sends (no browser needed): one h1, the landmarks, a breadcrumb below the
/// home page, a title, a description and a canonical link.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PageStructureTests(SiteFixture site, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SitePages.AllAndMissing), MemberType = typeof(SitePages))]
    public async Task Page_has_the_landmarks_and_metadata_of_a_handbook_page(string path)
    {
        using var response = await site.Http.GetAsync(new Uri(site.BaseUrl + path));
        var html = await response.Content.ReadAsStringAsync();
        var expectedStatus = path == SitePages.Missing ? HttpStatusCode.NotFound : HttpStatusCode.OK;
        Assert.True(response.StatusCode == expectedStatus, $"{path}: status {(int)response.StatusCode}, expected {(int)expectedStatus}.");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{path}: content type {response.Content.Headers.ContentType}, expected text/html.");

        using var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();

        var h1s = document.QuerySelectorAll("h1");
        if (h1s.Length != 1)
        {
            problems.Add($"{h1s.Length} h1 elements, expected exactly one: {string.Join(" | ", h1s.Select(h => Text(h)))}");
        }

        var mains = document.QuerySelectorAll("main, [role=main]");
        if (mains.Length != 1)
        {
            problems.Add($"{mains.Length} main landmarks, expected exactly one.");
        }

        // A header or footer is the page's banner or contentinfo only outside article, aside, main, nav and section.
        if (!document.QuerySelectorAll("header").Any(IsTopLevel))
        {
            problems.Add("no page <header> (banner landmark).");
        }

        if (!document.QuerySelectorAll("footer").Any(IsTopLevel))
        {
            problems.Add("no page <footer> (contentinfo landmark).");
        }

        if (path != "/")
        {
            var label = BreadcrumbLabel();
            var breadcrumb = document.QuerySelectorAll("nav").FirstOrDefault(n => n.GetAttribute("aria-label") == label);
            if (breadcrumb is null)
            {
                problems.Add($"no breadcrumb: no <nav aria-label=\"{label}\">.");
            }
            else if (breadcrumb.QuerySelector("a[href]") is null)
            {
                problems.Add("the breadcrumb nav has no link.");
            }
        }

        var title = document.QuerySelector("head > title");
        if (title is null || string.IsNullOrWhiteSpace(title.TextContent))
        {
            problems.Add("no <title> or an empty one.");
        }

        var descriptions = document.QuerySelectorAll("head > meta[name=description]");
        if (descriptions.Length != 1 || string.IsNullOrWhiteSpace(descriptions[0].GetAttribute("content")))
        {
            problems.Add($"{descriptions.Length} meta description(s), expected one that is not empty.");
        }

        var canonicals = document.QuerySelectorAll("head > link[rel=canonical]");
        if (canonicals.Length != 1)
        {
            problems.Add($"{canonicals.Length} canonical links, expected one.");
        }
        else if (!Uri.TryCreate(canonicals[0].GetAttribute("href"), UriKind.Absolute, out var canonical) || (canonical.Scheme != "https" && canonical.Scheme != "http"))
        {
            problems.Add($"the canonical link is not an absolute http(s) address: {canonicals[0].GetAttribute("href")}");
        }

        output.WriteLine($"{path}: title \"{title?.TextContent.Trim()}\", h1 \"{(h1s.Length > 0 ? Text(h1s[0]) : "")}\", canonical {canonicals.FirstOrDefault()?.GetAttribute("href")}");
        Assert.True(problems.Count == 0, $"{path}:\n  " + string.Join("\n  ", problems));
    }

    private static bool IsTopLevel(IElement element) => element.Closest("article, aside, main, nav, section") is null;

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The breadcrumb's accessible name, from the theme's locale (nl).</summary>
    private string BreadcrumbLabel()
    {
        using var locale = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.ThemeDirectory, "locales", "nl.json")));
        return locale.RootElement.GetProperty("breadcrumb_label").GetString()!;
    }
}
