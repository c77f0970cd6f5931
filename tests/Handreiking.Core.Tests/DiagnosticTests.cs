using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Tests;

/// <summary>Each bad input gives a diagnostic with the exact file, line, column and code.</summary>
public class DiagnosticTests
{
    private static Diagnostic Only(TempContent content)
    {
        var result = content.Load();
        return Assert.Single(result.Diagnostics);
    }

    private static void AssertAt(Diagnostic d, string file, int line, int column, string code)
    {
        Assert.Equal((file, line, column, code), (d.Location.File, d.Location.Line, d.Location.Column, d.Code));
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvatting: [Nederlands leren\nextra: x\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 2, 15, DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void Colon_in_plain_text_is_a_syntax_error_with_a_quoting_hint()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvatting: Let op: dit werkt niet\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 2, 21, DiagnosticCodes.YamlSyntax);
        Assert.Contains("aanhalingstekens", d.Hint);
    }

    [Fact]
    public void Tab_indentation_gets_a_tab_hint()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvatting:\n\tNederlands leren\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 3, 1, DiagnosticCodes.YamlSyntax);
        Assert.Contains("tab", d.Hint);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_key()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvating: Nederlands leren\n");
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "themas/sport.yml", 1, 1, DiagnosticCodes.MissingRequired);
        AssertAt(diagnostics[1], "themas/sport.yml", 2, 1, DiagnosticCodes.UnknownKey);
        Assert.Equal("Bedoelt u 'samenvatting'?", diagnostics[1].Hint);
    }

    [Fact]
    public void Duplicate_key_points_at_the_second_one()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvatting: Een\ntitel: Nog eens\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 3, 1, DiagnosticCodes.DuplicateKey);
        Assert.Contains("regel 1", d.Message);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_mapping()
    {
        using var content = new TempContent().Write("themas/sport.yml", "# commentaar\ntitel: Taal\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 2, 1, DiagnosticCodes.MissingRequired);
        Assert.Contains("'samenvatting'", d.Message);
    }

    [Fact]
    public void List_where_text_belongs_is_a_wrong_type()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel:\n  - Taal\nsamenvatting: Nederlands leren\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 2, 3, DiagnosticCodes.WrongType);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_a_wrong_type()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("themas: [taal]", "themas: taal"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 8, 9, DiagnosticCodes.WrongType);
    }

    [Fact]
    public void Text_where_a_number_belongs_is_a_wrong_type()
    {
        using var content = new TempContent().Write("clusters/bereik.yml", "titel: Bereik\nsamenvatting: Hoe.\nvolgorde: twee\n");
        var d = Only(content);
        AssertAt(d, "clusters/bereik.yml", 3, 11, DiagnosticCodes.WrongType);
    }

    [Fact]
    public void Colon_in_a_list_item_gets_a_quoting_hint()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("- Nodig de wethouder uit", "- Let op: nodig de wethouder uit"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 17, 5, DiagnosticCodes.WrongType);
        Assert.Contains("aanhalingstekens", d.Hint);
    }

    [Fact]
    public void Empty_text_is_reported()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: \"  \"\nsamenvatting:\n");
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "themas/sport.yml", 1, 8, DiagnosticCodes.EmptyText);
        AssertAt(diagnostics[1], "themas/sport.yml", 2, 14, DiagnosticCodes.EmptyText);
    }

    [Fact]
    public void Duplicate_id_in_one_folder_is_reported()
    {
        using var content = new TempContent().Write("themas/taal.yaml", "titel: Taal\nsamenvatting: Dubbel.\n");
        var d = Only(content);
        AssertAt(d, "themas/taal.yml", 1, 1, DiagnosticCodes.DuplicateId);
        Assert.Contains("themas/taal.yaml", d.Message);
    }

    [Fact]
    public void Unknown_reference_suggests_the_closest_id()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("[succesverhalen, er-op-af]", "[succesverhalen, er-opaf]"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 18, 34, DiagnosticCodes.UnknownReference);
        Assert.StartsWith("Bedoelt u 'er-op-af'?", d.Hint);
    }

    [Fact]
    public void Reference_in_a_nested_citation_is_checked()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("bron: bzk-2011", "bron: bzk-2012"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 28, 11, DiagnosticCodes.UnknownReference);
        Assert.StartsWith("Bedoelt u 'bzk-2011'?", d.Hint);
    }

    [Fact]
    public void Invalid_url_is_reported_with_a_fix()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("website: https://www.schiedam.nl", "website: www.schiedam.nl"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 26, 10, DiagnosticCodes.InvalidUrl);
        Assert.Contains("https://www.schiedam.nl", d.Hint);
    }

    [Theory]
    [InlineData("jaar: 211", 5, 7)]
    [InlineData("jaar: 20111", 5, 7)]
    [InlineData("jaar: '2011'", 5, 7)]
    public void Invalid_year_is_reported(string line, int lineNumber, int column)
    {
        using var content = new TempContent().Write("bronnen/bzk-2011.yml", $"soort: document\ntitel: Taal\nuitgever: BZK\nkenmerk: B-7407\n{line}\n");
        var d = Only(content);
        Assert.Equal(("bronnen/bzk-2011.yml", lineNumber, column), (d.Location.File, d.Location.Line, d.Location.Column));
        Assert.Contains(d.Code, new[] { DiagnosticCodes.InvalidYear, DiagnosticCodes.WrongType });
    }

    [Fact]
    public void Invalid_date_is_reported()
    {
        var handbook = SampleContent.Files.Single(f => f.Path == "handreiking.yml").Text.Replace("2026-11-24", "24-11-2026");
        using var content = new TempContent().Write("handreiking.yml", handbook);
        var d = Only(content);
        AssertAt(d, "handreiking.yml", 5, 14, DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void Value_outside_the_choices_suggests_one()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("land: NL", "land: nl"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 5, 7, DiagnosticCodes.InvalidValue);
        Assert.Contains("'NL'", d.Hint);
    }

    [Fact]
    public void A_country_name_suggests_its_code()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("land: NL", "land: België"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 5, 7, DiagnosticCodes.InvalidValue);
        Assert.EndsWith("Bedoelt u 'BE'?", d.Hint);
    }

    [Fact]
    public void Unknown_reference_without_a_close_id_lists_the_ids_of_a_small_folder()
    {
        using var content = new TempContent().Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("themas: [taal]", "themas: [sport]"));
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeelden/taalbazaar.yml", 8, 10, DiagnosticCodes.UnknownReference);
        Assert.Equal("Kies een van deze ids: taal. Of maak het bestand 'themas/sport.yml'.", d.Hint);
    }

    [Fact]
    public void File_name_that_is_not_an_id_is_reported()
    {
        using var content = new TempContent().Write("themas/Taal en Cultuur.yml", "titel: Cultuur\nsamenvatting: Kunst.\n");
        var d = Only(content);
        AssertAt(d, "themas/Taal en Cultuur.yml", 1, 1, DiagnosticCodes.InvalidId);
        Assert.Contains("taal-en-cultuur.yml", d.Hint);
    }

    [Fact]
    public void File_in_an_unknown_folder_suggests_the_right_folder()
    {
        using var content = new TempContent().Write("praktijkvoorbeeld/nieuw.yml", SampleContent.Case);
        var d = Only(content);
        AssertAt(d, "praktijkvoorbeeld/nieuw.yml", 1, 1, DiagnosticCodes.UnknownFolder);
        Assert.Contains("'praktijkvoorbeelden/'", d.Hint);
    }

    [Fact]
    public void Anchors_and_aliases_are_reported()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: &t Taal\nsamenvatting: *t\n");
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(
            [("themas/sport.yml", 1, 8, DiagnosticCodes.UnsupportedYaml), ("themas/sport.yml", 2, 1, DiagnosticCodes.EmptyText), ("themas/sport.yml", 2, 15, DiagnosticCodes.UnsupportedYaml)],
            diagnostics.Select(d => (d.Location.File, d.Location.Line, d.Location.Column, d.Code)));
    }

    [Fact]
    public void Several_documents_in_one_file_are_reported()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvatting: Een.\n---\ntitel: Twee\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 3, 1, DiagnosticCodes.UnsupportedYaml);
    }

    [Fact]
    public void Duplicate_step_number_is_reported()
    {
        var step = SampleContent.Files.Single(f => f.Path == "stappen/stap-1.yml").Text;
        using var content = new TempContent().Write("stappen/stap-1b.yml", step);
        var d = Only(content);
        AssertAt(d, "stappen/stap-1b.yml", 1, 9, DiagnosticCodes.DuplicateNumber);
    }

    [Fact]
    public void File_that_is_a_list_is_not_a_mapping()
    {
        using var content = new TempContent().Write("themas/sport.yml", "- titel: Taal\n");
        var d = Only(content);
        AssertAt(d, "themas/sport.yml", 1, 1, DiagnosticCodes.NotAMapping);
    }

    [Fact]
    public void All_problems_of_all_files_come_in_one_run_in_file_order()
    {
        using var content = new TempContent()
            .Write("themas/sport.yml", "titel: Taal\nsamenvatting: Een\nfoo: 1\n")
            .Write("clusters/nieuw.yml", "titel: [\n")
            .Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("land: NL", "land: XX").Replace("website: https://www.schiedam.nl", "website: schiedam"));
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(
            [
                ("clusters/nieuw.yml", DiagnosticCodes.YamlSyntax),
                ("praktijkvoorbeelden/taalbazaar.yml", DiagnosticCodes.InvalidValue),
                ("praktijkvoorbeelden/taalbazaar.yml", DiagnosticCodes.InvalidUrl),
                ("themas/sport.yml", DiagnosticCodes.UnknownKey),
            ],
            diagnostics.Select(d => (d.Location.File, d.Code)));
    }

    [Fact]
    public void Format_is_path_line_column_severity_code_message_hint()
    {
        using var content = new TempContent().Write("themas/sport.yml", "titel: Taal\nsamenvating: Nederlands leren\n");
        var formatted = content.Load().Diagnostics[1].Format("content");
        Assert.Equal("content/themas/sport.yml:2:1: error HR0002: De sleutel 'samenvating' bestaat niet in een thema. Bedoelt u 'samenvatting'?", formatted);
    }
}
