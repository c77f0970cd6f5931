using System.Text.Encodings.Web;
using Fluid;
using Handreiking.Site.Views;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Renders pages with the theme's Liquid templates (Fluid). Templates are parsed once and shared;
/// output is always HTML-encoded with <see cref="HtmlEncoder.Default"/> (Fluid does not encode by
/// default), so only values passed through <c>| raw</c> (rendered, sanitised Markdown) are not.
/// Templates can read the view models and nothing else.
/// </summary>
public sealed class TemplateRenderer
{
    private const string LayoutName = "layout";

    private readonly Dictionary<string, IFluidTemplate> _pages = new(StringComparer.Ordinal);
    private readonly IFluidTemplate _layout;
    private readonly TemplateOptions _options;

    public TemplateRenderer(string themeDirectory)
    {
        var parser = new FluidParser();
        _options = new TemplateOptions();
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageView).Namespace && t.IsPublic))
        {
            _options.MemberAccessStrategy.Register(type);
        }

        var partialsDirectory = Path.Combine(themeDirectory, "partials");
        var partials = Directory.Exists(partialsDirectory)
            ? Directory.EnumerateFiles(partialsDirectory, "*.liquid").ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal)
            : [];
        _options.FileProvider = new ThemeFileProvider(partials);

        var layoutPath = Path.Combine(themeDirectory, "layouts", LayoutName + ".liquid");
        _layout = Parse(parser, layoutPath);
        var pagesDirectory = Path.Combine(themeDirectory, "pages");
        foreach (var path in Directory.EnumerateFiles(pagesDirectory, "*.liquid").Order(StringComparer.Ordinal))
        {
            _pages[Path.GetFileNameWithoutExtension(path)] = Parse(parser, path);
        }

        // Parse every partial now, so a syntax error fails the build before any page renders.
        foreach (var (name, text) in partials)
        {
            if (!parser.TryParse(text, out _, out var error))
            {
                throw new SiteBuildException($"{Path.Combine(partialsDirectory, name)}: {error}");
            }
        }
    }

    public bool HasTemplate(string name) => _pages.ContainsKey(name);

    /// <summary>Renders a page template into the layout.</summary>
    public string Render(string template, PageView page, object model, IReadOnlyDictionary<string, string> strings)
    {
        if (!_pages.TryGetValue(template, out var pageTemplate))
        {
            throw new SiteBuildException($"Het thema heeft geen template 'pages/{template}.liquid' voor pagina {page.Url}.");
        }

        var context = new TemplateContext(_options);
        context.SetValue("page", page);
        context.SetValue("model", model);
        context.SetValue("t", strings);
        var body = pageTemplate.Render(context, HtmlEncoder.Default);
        context.SetValue("content", body);
        return _layout.Render(context, HtmlEncoder.Default);
    }

    private static IFluidTemplate Parse(FluidParser parser, string path)
    {
        if (!File.Exists(path))
        {
            throw new SiteBuildException($"Het thema mist het template {path}.");
        }

        return parser.TryParse(File.ReadAllText(path), out var template, out var error)
            ? template
            : throw new SiteBuildException($"{path}: {error}");
    }
}
