using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Handreiking.Site.PostProcessing;

/// <summary>
/// Checks every internal link and <c>#anchor</c> of every page against the pages and files the
/// build writes, and that no page loads anything from another host (no request may leave the site).
/// </summary>
public sealed class LinkChecker
{
    private static readonly string[] ResourceSelectors = ["link[href]", "script[src]", "img[src]", "iframe[src]", "source[src]", "video[src]", "audio[src]", "object[data]"];

    private readonly HtmlParser _parser = new();

    /// <param name="pages">Every rendered page.</param>
    /// <param name="files">Every other file the build writes (assets, feeds), as site addresses like <c>/assets/site.css</c>.</param>
    /// <param name="only">Pages to check (all when null); the others still count as targets.</param>
    public IReadOnlyList<BrokenLink> Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> files, IReadOnlySet<string>? only = null)
    {
        var documents = pages
            .AsParallel()
            .AsOrdered()
            .Select(p => (p.Url, Document: _parser.ParseDocument(p.Html)))
            .ToList();
        var anchors = documents.ToDictionary(
            d => d.Url,
            d => d.Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        var broken = new List<BrokenLink>();
        foreach (var (url, document) in documents.Where(d => only is null || only.Contains(d.Url)))
        {
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                CheckLink(url, link.GetAttribute("href")!, anchors, files, broken);
            }

            foreach (var resource in document.QuerySelectorAll(string.Join(", ", ResourceSelectors)))
            {
                var target = resource.GetAttribute("href") ?? resource.GetAttribute("src") ?? resource.GetAttribute("data") ?? string.Empty;
                if (IsExternal(target))
                {
                    if (resource.LocalName != "link" || IsLoadedLink(resource))
                    {
                        broken.Add(new BrokenLink(url, target, "laadt iets van een andere website; alles moet van deze site zelf komen"));
                    }

                    continue;
                }

                if (resource.LocalName != "link" || IsLoadedLink(resource))
                {
                    CheckLink(url, target, anchors, files, broken);
                }
            }
        }

        return broken;
    }

    /// <summary>Stylesheets, icons and preloads are fetched; canonical and alternate links are only addresses.</summary>
    private static bool IsLoadedLink(IElement link)
    {
        var rel = link.GetAttribute("rel") ?? string.Empty;
        return rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r is "stylesheet" or "icon" or "preload" or "modulepreload" or "manifest" or "prefetch");
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("//", StringComparison.Ordinal) || target.Contains("://", StringComparison.Ordinal);

    private static void CheckLink(string page, string href, Dictionary<string, HashSet<string>> anchors, IReadOnlySet<string> files, List<BrokenLink> broken)
    {
        if (IsExternal(href) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            broken.Add(new BrokenLink(page, href, "dit soort link is niet toegestaan"));
            return;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var pathAndQuery = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? pathAndQuery[..query] : pathAndQuery;
        var target = path.Length == 0 ? page : Resolve(page, path);

        var pageTarget = target.EndsWith("/index.html", StringComparison.Ordinal) ? target[..^"index.html".Length] : target;
        if (anchors.TryGetValue(pageTarget, out var ids))
        {
            if (!string.IsNullOrEmpty(fragment) && !ids.Contains(fragment))
            {
                broken.Add(new BrokenLink(page, href, $"de pagina {pageTarget} heeft geen anker '#{fragment}'"));
            }

            return;
        }

        if (!files.Contains(target))
        {
            broken.Add(new BrokenLink(page, href, $"de pagina of het bestand {target} bestaat niet"));
        }
    }

    private static string Resolve(string page, string path)
    {
        if (path.StartsWith('/'))
        {
            return Normalize(path);
        }

        var directory = page.EndsWith('/') ? page : page[..(page.LastIndexOf('/') + 1)];
        return Normalize(directory + path);
    }

    private static string Normalize(string path)
    {
        var trailing = path.EndsWith('/');
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        var joined = "/" + string.Join('/', segments);
        return trailing && joined != "/" ? joined + "/" : joined;
    }
}
