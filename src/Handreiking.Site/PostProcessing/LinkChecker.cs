namespace Handreiking.Site.PostProcessing;

/// <summary>
/// Checks every internal link and <c>#anchor</c> of every page against the pages and files the
/// build writes, and that no page loads anything from another host (no request may leave the site).
/// </summary>
public sealed class LinkChecker
{
    /// <summary>Elements whose attribute the browser fetches, by element name.</summary>
    private static readonly Dictionary<string, string> ResourceAttributes = new(StringComparer.Ordinal)
    {
        ["link"] = "href", ["script"] = "src", ["img"] = "src", ["iframe"] = "src",
        ["source"] = "src", ["video"] = "src", ["audio"] = "src", ["object"] = "data",
    };

    /// <summary>Reads a page's ids, links and resources (one pass over its HTML).</summary>
    public PageLinks Inspect(RenderedPage page) => Inspect(page.Url, page.Html);

    /// <summary>Reads a page's ids, links and resources (one pass over its HTML).</summary>
    public PageLinks Inspect(string url, string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var resources = new List<string>();
        HtmlTagScanner.Scan(html, (name, attributes) =>
        {
            string? href = null, rel = null, resource = null, resourceAttribute = null;
            if (name is not null)
            {
                ResourceAttributes.TryGetValue(name, out resourceAttribute);
            }

            for (var i = 0; i < attributes.Count; i++)
            {
                var (key, value) = attributes[i];
                if (key == "id")
                {
                    anchors.Add(value);
                }
                else if (key == "href")
                {
                    href = value;
                }
                else if (key == "rel")
                {
                    rel = value;
                }

                if (key == resourceAttribute)
                {
                    resource = value;
                }
            }

            if (name == "a" && href is not null)
            {
                links.Add(href);
            }

            if (resource is not null && (name != "link" || IsLoadedLink(rel)))
            {
                resources.Add(resource);
            }
        });
        return new PageLinks(url, anchors, links, resources);
    }

    /// <summary>Reads all pages, in parallel, in page order.</summary>
    public IReadOnlyList<PageLinks> Inspect(IReadOnlyList<RenderedPage> pages) =>
        pages.AsParallel().AsOrdered().Select(Inspect).ToList();

    /// <summary>Checks every page against the others.</summary>
    /// <param name="pages">Every rendered page.</param>
    /// <param name="files">Every other file the build writes (assets, feeds), as site addresses like <c>/assets/site.css</c>.</param>
    public IReadOnlyList<BrokenLink> Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> files)
    {
        var inspected = Inspect(pages);
        return Check(inspected, inspected.ToDictionary(p => p.Url, p => p.Anchors, StringComparer.Ordinal), files);
    }

    /// <summary>Checks some pages against the anchors of all pages (serve checks only what it re-rendered).</summary>
    /// <param name="pages">The pages to check.</param>
    /// <param name="anchors">The ids of every page of the site, by address.</param>
    /// <param name="files">Every other file the build writes, as site addresses.</param>
    public IReadOnlyList<BrokenLink> Check(IEnumerable<PageLinks> pages, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors, IReadOnlySet<string> files)
    {
        var broken = new List<BrokenLink>();
        foreach (var page in pages)
        {
            foreach (var href in page.Links)
            {
                CheckLink(page.Url, href, anchors, files, broken);
            }

            foreach (var target in page.Resources)
            {
                if (IsExternal(target))
                {
                    broken.Add(new BrokenLink(page.Url, target, "laadt iets van een andere website; alles moet van deze site zelf komen"));
                }
                else
                {
                    CheckLink(page.Url, target, anchors, files, broken);
                }
            }
        }

        return broken;
    }

    /// <summary>Stylesheets, icons and preloads are fetched; canonical and alternate links are only addresses.</summary>
    private static bool IsLoadedLink(string? rel)
    {
        rel ??= string.Empty;
        return rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r is "stylesheet" or "icon" or "preload" or "modulepreload" or "manifest" or "prefetch");
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("//", StringComparison.Ordinal) || target.Contains("://", StringComparison.Ordinal);

    private static void CheckLink(string page, string href, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors, IReadOnlySet<string> files, List<BrokenLink> broken)
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
