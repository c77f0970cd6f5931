using Handreiking.Site.Rendering;
using Handreiking.Site.Views;
using static Handreiking.Site.Tests.TestTheme;

namespace Handreiking.Site.Tests;

/// <summary>The template engine on a small theme: what it writes, what it refuses, and where its errors point.</summary>
public class TemplateRendererTests
{
    private static readonly SectionView Section = new("doel", "Doel <b>\"'&", new TrustedHtml("<p>Markdown</p>"));

    [Fact]
    public void Values_are_encoded_for_text_and_for_quoted_attributes() =>
        Assert.Equal(
            "<h2 id=\"doel\" title=\"Doel &lt;b&gt;&quot;&#x27;&amp;\" data-x='Doel &lt;b&gt;&quot;&#x27;&amp;'>Doel &lt;b&gt;&quot;&#x27;&amp;</h2>",
            Render("<h2 id=\"{{ model.id }}\" title=\"{{ model.title }}\" data-x='{{ model.title }}'>{{ model.title }}</h2>", Section));

    [Fact]
    public void Trusted_html_is_written_as_it_is() =>
        Assert.Equal("<div><p>Markdown</p></div>", Render("<div>{{ model.html }}</div>", Section));

    [Fact]
    public void Letters_are_written_as_themselves() =>
        Assert.Equal("Café – één + twee", Render("{{ model.title }}", Section with { Title = "Café – één + twee" }));

    [Theory]
    [InlineData("{{ model.html + '' }}")]
    [InlineData("{{ model.html | string.append '' }}")]
    [InlineData("{{ capture x }}{{ model.html }}{{ end }}{{ x }}")]
    [InlineData("{{ x = model.html | string.strip }}{{ x }}")]
    public void Html_that_became_text_is_encoded(string template) =>
        Assert.Equal("&lt;p&gt;Markdown&lt;/p&gt;", Render(template, Section));

    [Fact]
    public void A_partial_is_encoded_once_whether_written_or_kept()
    {
        var partials = new Dictionary<string, string> { ["kop"] = "<h2>{{ $tekst }}</h2>" };
        Assert.Equal("<h2>Doel &lt;b&gt;&quot;&#x27;&amp;</h2>", Render("{{ include 'kop' tekst: model.title }}", Section, partials));
        Assert.Equal("[<h2>Doel &lt;b&gt;&quot;&#x27;&amp;</h2>]", Render("{{ x = include 'kop' tekst: model.title }}[{{ x }}]", Section, partials));
    }

    [Fact]
    public void Empty_text_and_empty_html_count_as_false() =>
        Assert.Equal("-|-|ja", Render("{{ if model.title }}ja{{ else }}-{{ end }}|{{ if model.html }}ja{{ else }}-{{ end }}|{{ if model.id }}ja{{ end }}", new SectionView("x", "", TrustedHtml.Empty)));

    [Fact]
    public void Snake_case_names_reach_every_view_member() =>
        Assert.Equal("https://example.org/p/ Titel", Render("{{ page.canonical_url }} {{ page.document_title }}", Section));

    [Fact]
    public void A_misspelt_variable_names_template_line_and_column() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:2:6: error HR0101: Onbekende variabele 'modle'. Bedoelt u 'model'? Een template kent: page, model, t, content en de variabelen die het zelf maakt. Bij pagina /p/.",
            Error("<h1>{{ page.title }}</h1>\n  {{ modle.title }}", Section));

    [Fact]
    public void A_misspelt_member_names_the_view_and_its_members() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:1:14: error HR0102: SectionView heeft geen 'titel'. Bedoelt u 'title'? Wel: html, id, title. Bij pagina /p/.",
            Error("<h1>{{ model.titel }}</h1>", Section));

    [Fact]
    public void A_misspelt_text_key_is_an_error() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:1:6: error HR0102: Het thema heeft geen tekst 'skip_lnk'. Bedoelt u 'skip_link'? Zet hem in elk bestand in locales/. Bij pagina /p/.",
            Error("{{ t.skip_lnk }}", Section));

    [Fact]
    public void Texts_for_a_script_survive_quotes_backslashes_and_markup()
    {
        var html = Render("<div data-strings=\"{{ texts 'skip_link' 'quoted' }}\"></div>", Section);
        var attribute = System.Net.WebUtility.HtmlDecode(html["<div data-strings=\"".Length..^"\"></div>".Length]);
        var texts = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(attribute)!;
        Assert.Equal(["skip_link", "quoted"], texts.Keys);
        Assert.Equal("Naar de inhoud", texts["skip_link"]);
        Assert.Equal("Zeg \"ja\" of \\nee & <b>", texts["quoted"]);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_value_for_a_script_is_json_with_camel_case_names() =>
        Assert.Equal(
            "[{&quot;name&quot;:&quot;thema&quot;,&quot;label&quot;:&quot;Thema \\&quot;x\\&quot;&quot;,&quot;values&quot;:[{&quot;value&quot;:&quot;Taal&quot;,&quot;count&quot;:2}]}]",
            Render("{{ json model }}", new[] { new FacetView("thema", "Thema \"x\"", [new FacetValue("Taal", 2)]) }));

    [Fact]
    public void A_missing_text_for_a_script_names_template_line_and_column() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:2:4: error HR0102: De teksten van het thema hebben geen 'skip_lnk'. Bij pagina /p/.",
            Error("\n{{ texts 'skip_link' 'skip_lnk' }}", Section));

    [Fact]
    public void A_misspelt_function_names_template_line_and_column()
    {
        Assert.Equal(
            "theme/pages/p.sbn-html:3:25: error HR0103: Onbekende functie 'upcas'. Bedoelt u 'upcase'? Bij pagina /p/.",
            Error("\n\n{{ model.title | string.upcas }}", Section));
        Assert.Equal(
            "theme/pages/p.sbn-html:1:4: error HR0103: Onbekende functie 'inclde'. Bedoelt u 'include'? Functies staan in: array, empty, html, include, json, math, string, texts. Bij pagina /p/.",
            Error("{{ inclde 'kop' }}", Section));
    }

    [Fact]
    public void A_misspelt_include_names_the_partials_there_are() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:2:4: error HR0104: Het thema heeft geen partial 'kp' (partials/kp.sbn-html). Bedoelt u 'kop'? Partials: kop. Bij pagina /p/.",
            Error("<main>\n{{ include 'kp' tekst: model.title }}\n</main>", Section, new Dictionary<string, string> { ["kop"] = "<h2>{{ $tekst }}</h2>" }));

    [Fact]
    public void An_error_inside_a_partial_points_into_the_partial() =>
        Assert.Equal(
            "theme/partials/kop.sbn-html:1:8: error HR0101: Onbekende variabele '$tekts'. Geef hem mee aan de partial: include 'naam' tekts: waarde. Bij pagina /p/.",
            Error("{{ include 'kop' tekst: model.title }}", Section, new Dictionary<string, string> { ["kop"] = "<h2>{{ $tekts }}</h2>" }));

    [Fact]
    public void A_loop_without_end_stops_at_the_limit() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:2:4: error HR0105: Deze lus stopt niet: hij ging voorbij 1.000.000 stappen. Kijk of de voorwaarde ooit onwaar wordt. Bij pagina /p/.",
            Error("<ul>\n{{ while true }}<li>{{ model.title }}</li>{{ end }}\n</ul>", Section));

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_limit() =>
        Assert.StartsWith(
            "theme/partials/zelf.sbn-html:1:4: error HR0106: Te diep genest: meer dan 20 includes of functies in elkaar.",
            Error("{{ include 'zelf' }}", Section, new Dictionary<string, string> { ["zelf"] = "{{ include 'zelf' }}" }));

    [Theory]
    [InlineData("{{ date.now }}", "date")]
    [InlineData("{{ object.eval 'model' }}", "object")]
    [InlineData("{{ regex.match model.title '.' }}", "regex")]
    public void Function_groups_that_read_the_clock_or_run_text_are_not_there(string template, string name) =>
        Assert.StartsWith($"theme/pages/p.sbn-html:1:4: error HR0101: Onbekende variabele '{name}'.", Error(template, Section));

    [Theory]
    [InlineData("{{ math.random 1 6 }}", "random")]
    [InlineData("{{ math.uuid }}", "uuid")]
    public void Functions_that_differ_per_build_are_not_there(string template, string name) =>
        Assert.StartsWith($"theme/pages/p.sbn-html:1:9: error HR0103: Onbekende functie '{name}'.", Error(template, Section));

    [Fact]
    public void Values_of_other_types_stay_closed() =>
        Assert.Equal(
            "theme/pages/p.sbn-html:1:4: error HR0108: Een waarde van het type Version is niet beschikbaar in templates; alleen de views in Handreiking.Site.Views zijn dat. Bij pagina /p/.",
            Error("{{ model.major }}", new Version(1, 2)));

    [Fact]
    public void A_page_type_without_template_is_named()
    {
        using var theme = new TestTheme(new Dictionary<string, string> { ["p"] = "" });
        var error = Assert.Throws<SiteBuildException>(() => new TemplateRenderer(theme.Directory).Render("onbekend", Page(), Section, Strings));
        Assert.Equal("theme/pages/onbekend.sbn-html: error HR0107: Het thema heeft geen template voor pagina's van het soort 'onbekend'. Maak dit bestand. Bij pagina /p/.", error.Message);
    }

    [Fact]
    public void Syntax_errors_of_all_templates_are_reported_together()
    {
        using var theme = new TestTheme(
            new Dictionary<string, string> { ["a"] = "<p>{{ if model.title }}open", ["b"] = "{{ end }}" },
            new Dictionary<string, string> { ["c"] = "{{ for x in }}{{ end }}" });
        var error = Assert.Throws<SiteBuildException>(() => new TemplateRenderer(theme.Directory));
        Assert.Equal(
            [
                "theme/pages/a.sbn-html:1:24: error HR0100: Dit 'if'-blok heeft geen einde. Sluit het af met {{ end }}.",
                "theme/pages/b.sbn-html:1:6: error HR0100: Deze {{ end }} sluit geen blok af. Haal hem weg of open het blok (if, for, while, func, capture).",
                "theme/partials/c.sbn-html:1:",
            ],
            error.Message.Split('\n').Select((line, i) => i == 2 ? line[..line.IndexOf(':', 26)] + ":" : line));
    }

    [Fact]
    public void The_same_error_on_many_pages_is_told_once_with_the_first_page()
    {
        using var theme = new TestTheme(new Dictionary<string, string> { ["p"] = "{{ model.titel }}", ["q"] = "{{ model.title }}" });
        var renderer = new TemplateRenderer(theme.Directory);
        (string, PageView, object)[] pages = [("q", Page(url: "/a/"), Section), ("p", Page(url: "/b/"), Section), ("p", Page(url: "/c/"), Section), ("p", Page(url: "/d/"), Section)];

        var error = Assert.Throws<SiteBuildException>(() => renderer.RenderAll(pages, p => p, Strings));

        Assert.Equal("theme/pages/p.sbn-html:1:10: error HR0102: SectionView heeft geen 'titel'. Bedoelt u 'title'? Wel: html, id, title. Bij pagina /b/ (en 2 andere).", error.Message);
    }

    [Fact]
    public void Pages_render_in_order_in_parallel()
    {
        using var theme = new TestTheme(new Dictionary<string, string> { ["p"] = "{{ page.url }}" });
        var pages = Enumerable.Range(0, 200).Select(i => ("p", Page(url: $"/{i}/"), (object)Section)).ToList();

        var html = new TemplateRenderer(theme.Directory).RenderAll(pages, p => p, Strings);

        Assert.Equal(pages.Select(p => p.Item2.Url), html);
    }
}
