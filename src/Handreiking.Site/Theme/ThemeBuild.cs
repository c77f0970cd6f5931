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
}
