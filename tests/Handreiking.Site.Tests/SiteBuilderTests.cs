using System.Text.Json;
using Handreiking.Core.Diagnostics;

namespace Handreiking.Site.Tests;

public class SiteBuilderTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempFolder();
        var first = new SiteBuilder(Repository.Options(Repository.Content, temp.Combine("a"))).Build();
        var second = new SiteBuilder(Repository.Options(Repository.Content, temp.Combine("b"))).Build();
        Assert.True(first.Success && second.Success);
        var a = Repository.Files(temp.Combine("a"));
        var b = Repository.Files(temp.Combine("b"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), $"{file.Key} differs between two builds"));
    }

    [Fact]
    public void A_content_error_leaves_the_last_good_site_untouched()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var output = temp.Combine("site");
        Assert.True(new SiteBuilder(Repository.Options(content, output)).Build().Success);
        var before = Repository.Files(output);

        File.WriteAllText(Path.Combine(content, "themas", "kapot.yml"), "titel: [\n");
        var result = new SiteBuilder(Repository.Options(content, output)).Build();

        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("themas/kapot.yml", DiagnosticCodes.YamlSyntax), (diagnostic.Location.File, diagnostic.Code));
        var after = Repository.Files(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
        Assert.Equal(["content", "site"], Directory.EnumerateDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_link_in_content_fails_the_build_naming_page_and_target()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var file = Path.Combine(content, "praktijkvoorbeelden", "taalbazaar-schiedam.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("aanpak: |\n", "aanpak: |\n  Zie [de route](/route/bestaat-niet/) en [het doel](#geen-anker).\n\n", StringComparison.Ordinal));
        var output = temp.Combine("site");

        var result = new SiteBuilder(Repository.Options(content, output)).Build();

        Assert.False(result.Success);
        Assert.Equal(
            [("/praktijkvoorbeelden/taalbazaar-schiedam/", "/route/bestaat-niet/"), ("/praktijkvoorbeelden/taalbazaar-schiedam/", "#geen-anker")],
            result.BrokenLinks.Select(b => (b.Page, b.Target)));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_template_syntax_error_is_reported_with_its_file_line_and_column()
    {
        using var temp = new TempFolder();
        var theme = CopyTheme(temp);
        File.WriteAllText(Path.Combine(theme, "pages", "case.sbn-html"), "<h1>{{ page.title }}</h1>\n{{ if model.summary }}<p>niet gesloten</p>");
        var output = temp.Combine("site");
        var options = Repository.Options(Repository.Content, output) with { ThemeDirectory = theme };

        var result = new SiteBuilder(options).Build();

        Assert.False(result.Success);
        Assert.Equal("theme/pages/case.sbn-html:2:23: error HR0100: Dit 'if'-blok heeft geen einde. Sluit het af met {{ end }}.", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_misspelt_member_in_the_theme_fails_the_build_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        var theme = CopyTheme(temp);
        var file = Path.Combine(theme, "pages", "case.sbn-html");
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains("{{ model.summary }}", StringComparison.Ordinal));
        var column = lines[line].IndexOf("summary", StringComparison.Ordinal) + 1;
        lines[line] = lines[line].Replace("model.summary", "model.sumary", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        var output = temp.Combine("site");

        var result = new SiteBuilder(Repository.Options(Repository.Content, output) with { ThemeDirectory = theme }).Build();

        Assert.False(result.Success);
        Assert.StartsWith(
            $"theme/pages/case.sbn-html:{line + 1}:{column}: error HR0102: CaseView heeft geen 'sumary'. Bedoelt u 'summary'? Wel: citations, facts, lists, products, sections, summary. Bij pagina /praktijkvoorbeelden/",
            result.Error);
        Assert.EndsWith($" (en {Directory.EnumerateFiles(Path.Combine(Repository.Content, "praktijkvoorbeelden"), "*.yml").Count() - 1} andere).", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Another_handbook_in_english_builds_with_the_same_engine_and_theme()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var result = new SiteBuilder(Repository.Options(Repository.Fixture("community-gardens"), output)).Build();

        Assert.True(result.Success, result.Error ?? string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks.Select(b => b.ToString()))));
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<html lang=\"en\"", home);
        Assert.Contains("Skip to main content", home);
        Assert.DoesNotContain("Ga direct naar de inhoud", home);
        Assert.True(File.Exists(Path.Combine(output, "success-factors", "shared-tools", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "cases", "riverside-garden", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "route", "find-a-plot", "index.html")));
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "handreiking.json")));
        Assert.Equal("Community gardens guide", data.RootElement.GetProperty("handreiking").GetProperty("titel").GetString());
        Assert.Equal(2, data.RootElement.GetProperty("praktijkvoorbeelden").GetArrayLength());
    }

    /// <summary>A copy of the real theme (without its npm packages) to break on purpose.</summary>
    private static string CopyTheme(TempFolder temp)
    {
        var theme = temp.Combine("theme");
        foreach (var folder in new[] { "layouts", "pages", "partials", "locales", "assets" })
        {
            TempFolder.Copy(Path.Combine(Repository.Theme, folder), Path.Combine(theme, folder));
        }

        return theme;
    }

    [Fact]
    public void Every_locale_has_the_same_strings()
    {
        var locales = Directory.EnumerateFiles(Path.Combine(Repository.Theme, "locales"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => (File: Path.GetFileName(f), Keys: JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(f))!.Keys.Order(StringComparer.Ordinal).ToList()))
            .ToList();
        Assert.True(locales.Count >= 2);
        Assert.All(locales, l => Assert.Equal(locales[0].Keys, l.Keys));
    }

    [Fact]
    public void A_case_edit_re_renders_only_the_pages_that_show_that_case()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var output = temp.Combine("site");
        var builder = new SiteBuilder(Repository.Options(content, output));
        var full = builder.Build();
        Assert.True(full.Success);

        var file = Path.Combine(content, "methoden", "taal-en-kinderopvang-vve.yml");
        var lines = File.ReadAllLines(file);
        var title = Array.FindIndex(lines, l => l.StartsWith("titel: ", StringComparison.Ordinal));
        lines[title] = "titel: Nederlands leren met kinderopvang erbij";
        File.WriteAllLines(file, lines);
        var incremental = builder.Rebuild(["methoden/taal-en-kinderopvang-vve.yml"], themeChanged: false);

        Assert.True(incremental.Success, incremental.Error ?? string.Join("\n", incremental.Diagnostics.Select(d => d.ToString()).Concat(incremental.BrokenLinks.Select(b => b.ToString()))));
        Assert.Contains("/methoden/taal-en-kinderopvang-vve/", incremental.RenderedPages);
        Assert.Contains("/methoden/", incremental.RenderedPages);
        Assert.DoesNotContain("/praktijkvoorbeelden/instapje-genk/", incremental.RenderedPages);
        Assert.True(incremental.RenderedPages.Count < full.RenderedPages.Count / 2, $"{incremental.RenderedPages.Count} of {full.RenderedPages.Count} pages re-rendered");
        Assert.Contains("Nederlands leren met kinderopvang erbij", File.ReadAllText(Path.Combine(output, "methoden", "taal-en-kinderopvang-vve", "index.html")));
        Assert.Contains("Nederlands leren met kinderopvang erbij", File.ReadAllText(Path.Combine(output, "methoden", "index.html")));
    }
}
