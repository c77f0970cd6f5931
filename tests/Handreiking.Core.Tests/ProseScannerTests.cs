using Handreiking.Core.Language;

namespace Handreiking.Core.Tests;

public class ProseScannerTests
{
    private static List<string> Sentences(string text)
    {
        var prose = ProseScanner.Scan(text);
        return [.. prose.Sentences.Select((s, i) => string.Join(' ', prose.Words.Where(w => w.Sentence == i).Select(prose.WordText)))];
    }

    private static List<string> Names(string text)
    {
        var prose = ProseScanner.Scan(text);
        return [.. prose.Words.Where(w => w.InName).Select(prose.WordText)];
    }

    [Fact]
    public void Full_stops_end_sentences_but_not_abbreviations_initials_or_a_lower_case_continuation()
    {
        Assert.Equal(
            ["Zie bijv de kaart o.a van J Jansen", "Dan gaat u verder", "Klaar"],
            Sentences("Zie bijv. de kaart, o.a. van J. Jansen. Dan gaat u verder! Klaar?"));
    }

    [Fact]
    public void Words_keep_apostrophes_hyphens_and_decimal_commas_and_links_are_not_words()
    {
        Assert.Equal(
            ["Zo'n mond-tot-mondreclame voor 2,5 jaar bij I&O zie de site"],
            Sentences("Zo'n mond-tot-mondreclame voor 2,5 jaar bij I&O (zie [de site](https://www.rijksoverheid.nl/a.b))."));
    }

    [Fact]
    public void Paragraphs_list_items_and_headings_each_end_a_sentence_and_a_number_inside_a_paragraph_does_not()
    {
        Assert.Equal(
            ["Kop", "Een alinea over twee regels", "Eerste punt", "Tweede punt", "Een alinea tot 2009 daarna verder"],
            Sentences("## Kop\nEen alinea over\ntwee regels\n\n- Eerste punt\n- Tweede punt\n\nEen alinea tot\n2009. daarna verder"));
    }

    [Fact]
    public void Italics_quotes_and_code_are_names_but_an_elision_is_not_a_quote()
    {
        Assert.Equal(
            ["Met", "één", "hand", "kun", "je", "niet", "klappen", "Begin", "bij", "jezelf", "allochtoon", "code"],
            Names("Lees *Met één hand kun je niet klappen* en 'Begin bij jezelf', ‘allochtoon’ en `code`, 's middags, thema's en zo'n dag."));
    }
}
