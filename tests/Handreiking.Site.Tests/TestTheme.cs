using Handreiking.Site.Rendering;
using Handreiking.Site.Views;

namespace Handreiking.Site.Tests;

/// <summary>
/// A small theme in a temporary folder named <c>theme</c>: a layout that writes only the page's
/// HTML, and the page templates and partials a test gives, so a test sees exactly what its
/// template wrote and where an error points.
/// </summary>
internal sealed class TestTheme : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestTheme(IReadOnlyDictionary<string, string> pages, IReadOnlyDictionary<string, string>? partials = null, string layout = "{{ content }}")
    {
        Directory = _folder.Combine("theme");
        Write("layouts", "layout", layout);
        foreach (var (name, text) in pages)
        {
            Write("pages", name, text);
        }

        foreach (var (name, text) in partials ?? new Dictionary<string, string>())
        {
            Write("partials", name, text);
        }
    }

    public string Directory { get; }

    public static IReadOnlyDictionary<string, string> Strings { get; } = new Dictionary<string, string> { ["skip_link"] = "Naar de inhoud", ["quoted"] = "Zeg \"ja\" of \\nee & <b>" };

    /// <summary>Renders one page template with the given model.</summary>
    public static string Render(string template, object model, IReadOnlyDictionary<string, string>? partials = null)
    {
        using var theme = new TestTheme(new Dictionary<string, string> { ["p"] = template }, partials);
        return new TemplateRenderer(theme.Directory).Render("p", Page(), model, Strings);
    }

    /// <summary>The error message of rendering one page template, which must fail.</summary>
    public static string Error(string template, object model, IReadOnlyDictionary<string, string>? partials = null) =>
        Assert.Throws<SiteBuildException>(() => Render(template, model, partials)).Message;

    public static PageView Page(string title = "Titel", string url = "/p/") => new()
    {
        Lang = "nl",
        SiteTitle = "Handreiking",
        Title = title,
        DocumentTitle = title,
        Description = "Beschrijving",
        Url = url,
        CanonicalUrl = "https://example.org" + url,
        OgType = "article",
        OgLocale = "nl_NL",
        Kind = "test",
        Breadcrumbs = [],
        Nav = [],
        Related = [],
        CssUrl = "/assets/site.css",
        Scripts = [],
        IsSearchable = false,
        SearchFilters = [],
        SearchUrl = "/zoeken/",
    };

    public void Dispose() => _folder.Dispose();

    private void Write(string folder, string name, string text)
    {
        var path = Path.Combine(Directory, folder, name + TemplateRenderer.Extension);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
