using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Tests;

/// <summary>
/// The B1 checks in <c>validate</c>: one warning per problem, at the exact line and column of the
/// word or sentence inside the YAML text, whatever way the text is written (plain, quoted, block).
/// </summary>
public class B1CheckTests
{
    /// <summary>A sentence of exactly <paramref name="words"/> words that starts with "Dit".</summary>
    private static string Sentence(int words) => "Dit " + string.Concat(Enumerable.Repeat("woord ", words - 2)) + "eindigt.";

    private static string Factor(string uitleg, string extra = "") =>
        $"titel: Test\ncluster: bereik\nsamenvatting: Kort.\nuitleg: {uitleg}\n{extra}bronnen:\n  - bron: bzk-2011\n";

    private static List<(string File, int Line, int Column, string Code)> Warnings(TempContent content)
    {
        var diagnostics = content.Load().Diagnostics;
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        });
        return [.. diagnostics.Select(d => (d.Location.File, d.Location.Line, d.Location.Column, d.Code))];
    }

    [Fact]
    public void Sample_content_has_no_warnings()
    {
        using var content = new TempContent();
        Assert.Empty(content.Load().Diagnostics);
    }

    [Fact]
    public void A_sentence_of_21_words_is_too_long_and_one_of_20_is_not()
    {
        using var content = new TempContent()
            .Write("themas/lang.yml", $"titel: Lang\nsamenvatting: {Sentence(21)}\n")
            .Write("themas/kort.yml", $"titel: Kort\nsamenvatting: {Sentence(20)}\n");
        Assert.Equal([("themas/lang.yml", 2, 15, DiagnosticCodes.LongSentence)], Warnings(content));
    }

    [Fact]
    public void A_long_sentence_in_a_literal_block_is_found_on_its_own_line_and_column()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml",
            Factor($"|\n  Eerste alinea.\n\n  Kort begin. {Sentence(25)}\n\n  - Een punt.\n"));
        var warning = Assert.Single(Warnings(content));
        Assert.Equal(("succesfactoren/test.yml", 7, 15, DiagnosticCodes.LongSentence), warning);
    }

    [Fact]
    public void A_long_sentence_in_a_folded_block_starts_where_its_first_word_is()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml",
            Factor($">\n  Kort.\n    {Sentence(21)}\n"));
        Assert.Equal([("succesfactoren/test.yml", 6, 5, DiagnosticCodes.LongSentence)], Warnings(content));
    }

    [Fact]
    public void Positions_count_the_characters_as_written_in_quoted_text()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml", Factor("Kort.",
            $"doen:\n  - \"Zeg \\\"ja\\\" of \\\"nee\\\". {Sentence(21)}\"\n  - 'Het is ''zo''n'' dag. {Sentence(22)}'\n"));
        Assert.Equal(
            [("succesfactoren/test.yml", 6, 29, DiagnosticCodes.LongSentence), ("succesfactoren/test.yml", 7, 28, DiagnosticCodes.LongSentence)],
            Warnings(content));
    }

    [Fact]
    public void A_plain_scalar_over_two_lines_counts_as_one_text()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml",
            Factor("Een kort begin van de tekst.\n  " + Sentence(21)));
        Assert.Equal([("succesfactoren/test.yml", 5, 3, DiagnosticCodes.LongSentence)], Warnings(content));
    }

    [Fact]
    public void List_items_headings_and_abbreviations_are_counted_the_way_a_reader_reads_them()
    {
        var items = string.Concat(Enumerable.Range(0, 3).Select(_ => "\n  - " + Sentence(12)[..^1]));
        var numbered = "\n\n  1. " + Sentence(15) + "\n  2. " + Sentence(15);
        var abbreviation = "\n\n  Zie bijv. de lijst, o.a. voor " + string.Concat(Enumerable.Repeat("woord ", 14)) + "hier.";
        using var content = new TempContent().Write("succesfactoren/test.yml",
            Factor("|\n  ## Een kop zonder punt" + items + numbered + abbreviation + "\n"));
        // Only the last paragraph is long: 21 words, because "bijv." and "o.a." end no sentence.
        Assert.Equal([("succesfactoren/test.yml", 13, 3, DiagnosticCodes.LongSentence)], Warnings(content));
    }

    [Fact]
    public void A_summary_of_two_sentences_is_flagged_at_the_second()
    {
        using var content = new TempContent().Write("themas/twee.yml", "titel: Twee\nsamenvatting: Een zin. En nog een zin.\n");
        Assert.Equal([("themas/twee.yml", 2, 24, DiagnosticCodes.LongSummary)], Warnings(content));
    }

    [Fact]
    public void Jargon_needs_a_glossary_entry_and_is_reported_once_a_file()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml",
            Factor("|\n  Maak een analyse van de stakeholders.\n  Elke stakeholder telt. Doe aan empowerment.\n"));
        Assert.Equal(
            [("succesfactoren/test.yml", 5, 27, DiagnosticCodes.UnexplainedJargon), ("succesfactoren/test.yml", 6, 34, DiagnosticCodes.UnexplainedJargon)],
            Warnings(content));

        content.Write("begrippen/stakeholder.yml", "term: stakeholder\nuitleg: Iemand met belang bij uw plan.\nbronnen:\n  - bron: bzk-2011\n");
        Assert.Equal([("succesfactoren/test.yml", 6, 34, DiagnosticCodes.UnexplainedJargon)], Warnings(content));
    }

    [Fact]
    public void A_term_the_policy_rules_out_is_flagged_outside_names_and_titles_only()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml", Factor(
            "|\n  Voor allochtone ouders. Lees *Handreiking allochtone vrouwen en arbeid*.\n  Of 'Allochtone ambassadeurs in Zoetermeer', zegt het BZK-handboek.\n"));
        Assert.Equal(
            [("succesfactoren/test.yml", 5, 8, DiagnosticCodes.AvoidedTerm), ("succesfactoren/test.yml", 6, 56, DiagnosticCodes.AvoidedTerm)],
            Warnings(content));
    }

    [Fact]
    public void Names_and_titles_in_their_own_keys_are_left_alone()
    {
        using var content = new TempContent();
        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case
            .Replace("organisatie: Gemeente Schiedam", "organisatie: Stichting voor allochtone jongeren en je buurt")
            .Replace("sectie: \"Succesfactoren\"", "sectie: Allochtone ambassadeurs"));
        Assert.Empty(Warnings(content));
    }

    [Fact]
    public void Je_jij_and_jouw_are_flagged_but_not_in_a_title()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml", Factor(
            "|\n  Lees *Met één hand kun je niet klappen*. Als je wilt, neem jouw tijd.\n  Plan het 's middags.\n"));
        Assert.Equal(
            [("succesfactoren/test.yml", 5, 48, DiagnosticCodes.InformalAddress), ("succesfactoren/test.yml", 5, 62, DiagnosticCodes.InformalAddress)],
            Warnings(content));
    }

    [Fact]
    public void A_b1_ok_comment_accepts_one_warning_of_its_rule_for_the_value_it_stands_by()
    {
        var twoLong = $"|\n  {Sentence(21)} {Sentence(22)}\n";
        using var content = new TempContent()
            .Write("succesfactoren/boven.yml", "# b1-ok: lange-zin; een opsomming van namen\n" + $"titel: Test\ncluster: bereik\nsamenvatting: {Sentence(21)}\nuitleg: Kort.\nbronnen:\n  - bron: bzk-2011\n")
            .Write("succesfactoren/achter.yml", Factor(twoLong.Replace("|\n", "| # b1-ok: lange-zin\n")))
            .Write("succesfactoren/twee.yml", Factor(twoLong.Replace("|\n", "| # b1-ok: lange-zin 2\n")));

        // boven.yml: the comment stands above 'titel', not above 'samenvatting', so it accepts nothing.
        // achter.yml: the first long sentence is accepted, the second is not.
        Assert.Equal(
            [
                ("succesfactoren/achter.yml", 5, 130, DiagnosticCodes.LongSentence),
                ("succesfactoren/boven.yml", 1, 1, DiagnosticCodes.UnusedAcceptance),
                ("succesfactoren/boven.yml", 4, 15, DiagnosticCodes.LongSentence),
            ],
            Warnings(content));
    }

    [Fact]
    public void A_b1_ok_comment_in_a_file_without_warnings_is_still_read_in_any_case()
    {
        // The file has nothing to warn about, so it is read a second time only because it mentions b1-ok.
        using var content = new TempContent()
            .Write("succesfactoren/stil.yml", "titel: Test # B1-OK: lange-zin\ncluster: bereik\nsamenvatting: Kort.\nuitleg: Kort.\nbronnen:\n  - bron: bzk-2011\n");

        Assert.Equal([("succesfactoren/stil.yml", 1, 13, DiagnosticCodes.UnusedAcceptance)], Warnings(content));
    }

    [Theory]
    [InlineData("# b1-ok: lange-zin", true)]
    [InlineData("x: y # B1-Ok", true)]
    [InlineData("bbb1-ok", true)]
    [InlineData("b1-o", false)]
    [InlineData("b1 ok, b-1ok", false)]
    [InlineData("", false)]
    public void A_file_mentions_b1_ok_in_any_case(string text, bool mentioned) =>
        Assert.Equal(mentioned, Handreiking.Core.Language.Acceptance.IsMentionedIn(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_b1_ok_comment_on_its_own_line_applies_to_the_next_value_and_can_name_a_word()
    {
        using var content = new TempContent().Write("succesfactoren/test.yml", Factor("Kort.",
            "doen:\n  # b1-ok: vakterm backoffice, je\n  - Bel je backoffice.\n  - Bel je backoffice.\n"));
        // The second item is not accepted: it has its own warnings, and the jargon word is
        // reported there because its first use was accepted.
        Assert.Equal(
            [("succesfactoren/test.yml", 8, 9, DiagnosticCodes.InformalAddress), ("succesfactoren/test.yml", 8, 12, DiagnosticCodes.UnexplainedJargon)],
            Warnings(content));
    }

    [Fact]
    public void A_b1_ok_comment_that_cannot_be_read_says_why_with_a_suggestion()
    {
        using var content = new TempContent().Write("themas/test.yml", "titel: Test\nsamenvatting: Kort. # b1-ok: lange-zinnen\n");
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal((2, 21, DiagnosticCodes.InvalidAcceptance), (diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Code));
        Assert.Contains("# b1-ok: lange-zin'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_handbook_gets_no_Dutch_checks()
    {
        using var content = new TempContent()
            .Write("themas/lang.yml", $"titel: Lang\nsamenvatting: {Sentence(30)} Je stakeholders.\n");
        Assert.Equal(
            [DiagnosticCodes.LongSentence, DiagnosticCodes.InformalAddress, DiagnosticCodes.LongSummary, DiagnosticCodes.UnexplainedJargon],
            Warnings(content).Select(w => w.Code));

        content.Write("handreiking.yml", SampleContent.Files[0].Text.Replace("taal: nl", "taal: en"));
        Assert.Empty(content.Load().Diagnostics);
    }
}
