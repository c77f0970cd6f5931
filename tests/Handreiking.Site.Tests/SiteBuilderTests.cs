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
    public void A_broken_link_in_content_fails_the_build_at_the_line_that_holds_it()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var file = Path.Combine(content, "praktijkvoorbeelden", "taalbazaar-schiedam.yml");
        const string Inserted = "  Zie [de route](/route/bestaat-niet/) en [het doel](#geen-anker).";
        File.WriteAllText(file, File.ReadAllText(file).Replace("aanpak: |\n", "aanpak: |\n" + Inserted + "\n\n", StringComparison.Ordinal));
        var line = 1 + Array.IndexOf(File.ReadAllLines(file), Inserted);
        var output = temp.Combine("site");

        var result = new SiteBuilder(Repository.Options(content, output)).Build();
        var check = new SiteBuilder(Repository.Options(content, output)).Check();

        Assert.False(result.Success);
        Assert.Empty(result.BrokenLinks);
        (string, int, int, string) Key(Diagnostic d) => (d.Location.File, d.Location.Line, d.Location.Column, d.Code);
        Assert.Equal(
            [("praktijkvoorbeelden/taalbazaar-schiedam.yml", line, 1 + Inserted.IndexOf("/route/", StringComparison.Ordinal), DiagnosticCodes.BrokenLink),
             ("praktijkvoorbeelden/taalbazaar-schiedam.yml", line, 1 + Inserted.IndexOf("#geen", StringComparison.Ordinal), DiagnosticCodes.BrokenLink)],
            result.Diagnostics.Select(Key));
        Assert.Equal(result.Diagnostics.Select(Key), check.Diagnostics.Select(Key));
        Assert.Contains("/praktijkvoorbeelden/taalbazaar-schiedam/", result.Diagnostics[0].Message, StringComparison.Ordinal);
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

    /// <summary>One edit an editor can make, applied to a copy of the content folder.</summary>
    public sealed record ContentEdit(string Name, Action<string> Apply, bool ChangesEveryPage = false)
    {
        public override string ToString() => Name;
    }

    private static void Retitle(string content, string file) =>
        ReplaceLine(content, file, "titel: ", _ => $"titel: Nieuwe titel voor {Path.GetFileNameWithoutExtension(file)}");

    private static void ReplaceLine(string content, string file, string prefix, Func<string, string> change)
    {
        var path = Path.Combine(content, file);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{file} has no line starting with '{prefix}'");
        lines[index] = change(lines[index]);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    private static readonly ContentEdit[] Edits =
    [
        new("a method's title", c => Retitle(c, "methoden/taal-en-kinderopvang-vve.yml")),
        new("a source's year", c => ReplaceLine(c, "bronnen/bzk-2011.yml", "jaar: ", _ => "jaar: 2012")),
        new("a step's list", c => ReplaceLine(c, "stappen/stap-3-organisaties-in-de-wijk.yml", "acties:", l => l + "\n  - Vraag elke organisatie wie haar contactpersoon is.")),
        new("a cluster's title", c => Retitle(c, "clusters/bereik.yml")),
        new("a phase's title", c => Retitle(c, "fasen/analyse.yml")),
        new("a success factor's title", c => Retitle(c, Path.Combine("succesfactoren", Path.GetFileName(Directory.EnumerateFiles(Path.Combine(c, "succesfactoren")).Order(StringComparer.Ordinal).First())))),
        new("a theme's title", c => Retitle(c, Path.Combine("themas", Path.GetFileName(Directory.EnumerateFiles(Path.Combine(c, "themas")).Order(StringComparer.Ordinal).First())))),
        new("a target group's title", c => Retitle(c, "doelgroepen/jonge-moeders.yml")),
        new("an organisation type's title", c => Retitle(c, "organisatietypen/basisschool.yml")),
        new("a fund's title", c => Retitle(c, "fondsen/oranjefonds.yml")),
        new("the handbook's title", c => Retitle(c, "handreiking.yml"), ChangesEveryPage: true),
        new("a case's place", c => ReplaceLine(c, "praktijkvoorbeelden/eet-mee-utrecht.yml", "plaats: ", _ => "plaats: Utrecht-Overvecht")),
        new("a renamed case", c => File.Move(Path.Combine(c, "praktijkvoorbeelden", "gilde-samenspraak.yml"), Path.Combine(c, "praktijkvoorbeelden", "gilde-samenspraak-twee.yml"))),
        new("a deleted case", c => File.Delete(Path.Combine(c, "praktijkvoorbeelden", "school-in-de-wereld.yml"))),
        new("an added theme", c => File.WriteAllText(Path.Combine(c, "themas", "nieuw-thema.yml"), "titel: Een nieuw thema\nsamenvatting: Een thema dat er net bij kwam.\n")),
        new("an added case", c =>
        {
            File.Copy(Path.Combine(c, "praktijkvoorbeelden", "eet-mee-utrecht.yml"), Path.Combine(c, "praktijkvoorbeelden", "eet-mee-kopie.yml"));
            Retitle(c, "praktijkvoorbeelden/eet-mee-kopie.yml");
        }),
    ];

    [Fact]
    public void A_rebuild_after_any_edit_equals_a_full_build_byte_for_byte()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var output = temp.Combine("site");
        var builder = new SiteBuilder(Repository.Options(content, output) with { KeepForRebuilds = true });
        var first = builder.Build();
        Assert.True(first.Success, Describe(first));

        foreach (var (edit, index) in Edits.Select((e, i) => (e, i)))
        {
            edit.Apply(content);
            var rebuilt = builder.Rebuild(themeChanged: false);
            Assert.True(rebuilt.Success, $"{edit}: {Describe(rebuilt)}");
            Assert.True(edit.ChangesEveryPage || rebuilt.RenderedPages.Count < first.PageCount, $"{edit}: every page was written again");

            var fresh = temp.Combine($"full-{index}");
            var full = new SiteBuilder(Repository.Options(content, fresh)).Build();
            Assert.True(full.Success, $"{edit}: {Describe(full)}");
            var expected = Repository.Files(fresh);
            var actual = Repository.Files(output);
            Assert.True(expected.Keys.SequenceEqual(actual.Keys), $"{edit}: files differ: {string.Join(", ", expected.Keys.Except(actual.Keys).Concat(actual.Keys.Except(expected.Keys)))}");
            var different = expected.Where(f => !f.Value.AsSpan().SequenceEqual(actual[f.Key])).Select(f => f.Key).ToList();
            Assert.True(different.Count == 0, $"{edit}: the rebuild differs from a full build in {string.Join(", ", different)}");
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static string Describe(BuildResult result) =>
        result.Error ?? string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks.Select(b => b.ToString())));
}
