using Handreiking.Site.Output;
using Handreiking.Site.Rendering;

namespace Handreiking.Site.Theme;

/// <summary>What a build takes from the theme, prepared once and reused until a theme file changes: the parsed templates and the asset files.</summary>
/// <param name="Renderer">The parsed templates.</param>
/// <param name="Files">The bundled CSS and the other assets, by site address.</param>
/// <param name="CssUrl">The address of the bundled stylesheet (its name carries its hash).</param>
internal sealed record ThemeBuild(TemplateRenderer Renderer, SiteOutput Files, string CssUrl)
{
    public static ThemeBuild Load(string themeDirectory, Action<string> log)
    {
        var files = new SiteOutput();
        var cssUrl = new ThemeAssets(themeDirectory, log).AddTo(files);
        return new ThemeBuild(new TemplateRenderer(themeDirectory), files, cssUrl);
    }

    /// <summary>
    /// The templates, and the theme's assets as empty files under their addresses, with a
    /// stand-in stylesheet: enough to render and check every page without installing or bundling
    /// anything (what <c>validate</c> needs).
    /// </summary>
    public static ThemeBuild TemplatesOnly(string themeDirectory)
    {
        var files = new SiteOutput();
        const string CssUrl = "/assets/site.css";
        files.Add(CssUrl, []);
        var assets = Path.Combine(themeDirectory, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
                if (!relative.StartsWith(ThemeAssets.CssFolder + "/", StringComparison.Ordinal))
                {
                    files.Add("/assets/" + relative, []);
                }
            }
        }

        return new ThemeBuild(new TemplateRenderer(themeDirectory), files, CssUrl);
    }
}
