using System.Globalization;
using System.Xml.Linq;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;

namespace Handreiking.Site.Output;

/// <summary>The sitemap, robots.txt and an Atom feed of the cases; dates come from git, never from the clock.</summary>
internal static class FeedWriter
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string SitemapXml(string baseUrl, IEnumerable<(string Url, DateOnly? Updated)> pages)
    {
        var urlset = new XElement(Sitemap + "urlset",
            pages.OrderBy(p => p.Url, StringComparer.Ordinal).Select(p => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", Absolute(baseUrl, p.Url)),
                p.Updated is null ? null : new XElement(Sitemap + "lastmod", Iso(p.Updated.Value)))));
        return Xml(urlset);
    }

    public static string Robots(string baseUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {Absolute(baseUrl, "/sitemap.xml")}\n";

    /// <summary>A feed carries the newest cases, not all of them: a reader's feed program only shows what is new.</summary>
    public const int FeedEntries = 50;

    public static string CasesFeed(Handbook handbook, SiteContext context, string baseUrl, Func<HandbookItem, DateOnly> updated)
    {
        var entries = handbook.Cases
            .Select(c => (Case: c, Updated: updated(c)))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Case.Id, StringComparer.Ordinal)
            .Take(FeedEntries)
            .ToList();
        var newest = entries.Count > 0 ? entries.Max(e => e.Updated) : handbook.VersionDate;
        var feedUrl = Absolute(baseUrl, "/feed.xml");
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", handbook.Language),
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "title", $"{handbook.Title}: {context.Locale["nav_cases"]}"),
            new XElement(Atom + "updated", Timestamp(newest)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("href", Absolute(baseUrl, context.Urls.Cases))),
            new XElement(Atom + "author", new XElement(Atom + "name", handbook.Title)),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", Absolute(baseUrl, context.Urls.For(e.Case))),
                new XElement(Atom + "title", e.Case.Title),
                new XElement(Atom + "link", new XAttribute("href", Absolute(baseUrl, context.Urls.For(e.Case)))),
                new XElement(Atom + "updated", Timestamp(e.Updated)),
                new XElement(Atom + "summary", $"{e.Case.Summary} ({e.Case.Place})"))));
        return Xml(feed);
    }

    private static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly date) => Iso(date) + "T00:00:00Z";

    private static string Xml(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString(SaveOptions.None).ReplaceLineEndings("\n") + "\n";
}
