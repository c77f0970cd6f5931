using Handreiking.Core.Diagnostics;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;
using Handreiking.Site.Rendering;

namespace Handreiking.Site.Tests;

/// <summary>The first use of a glossary term on a page links to its explanation; nothing else changes.</summary>
public class GlossaryLinkerTests
{
    private static readonly Urls Urls = new(Locale.Load(Repository.Theme, "nl"));

    private static GlossaryTerm Term(string id, string title, params string[] synonyms) => new()
    {
        Id = id,
        Title = title,
        Summary = "Uitleg.",
        Location = SourceLocation.StartOf($"begrippen/{id}.yml"),
        Synonyms = synonyms,
        Citations = [],
    };

    private static readonly GlossaryLinker Linker = new(
        [Term("backoffice", "backoffice"), Term("flankerend-onderwijsbeleid", "Flankerend Onderwijsbeleid", "onderwijsbeleid"), Term("vve", "vve", "voor- en vroegschoolse educatie")],
        Urls);

    [Fact]
    public void Only_the_first_use_of_each_term_is_linked()
    {
        var body = "<p>De backoffice regelt het. Daarna weer de Backoffice.</p><p>VVE en backoffice.</p>";
        Assert.Equal(
            "<p>De <a class=\"utrecht-link hr-term\" href=\"/begrippen/#backoffice\">backoffice</a> regelt het. Daarna weer de Backoffice.</p>" +
            "<p><a class=\"utrecht-link hr-term\" href=\"/begrippen/#vve\">VVE</a> en backoffice.</p>",
            Linker.Link(body, "/route/stap-6/"));
    }

    [Fact]
    public void Headings_links_code_and_attributes_are_left_alone()
    {
        var body = "<h2 id=\"backoffice\">Backoffice</h2><a href=\"/x/\" title=\"vve\">vve</a><code>backoffice</code><p data-x=\"vve\">Geen term hier.</p>";
        Assert.Equal(body, Linker.Link(body, "/route/stap-6/"));
    }

    [Fact]
    public void The_longest_form_wins_and_words_that_merely_contain_a_term_do_not_match()
    {
        var body = "<p>Het Flankerend Onderwijsbeleid en de backoffices en een vve-locatie.</p>";
        Assert.Equal(
            "<p>Het <a class=\"utrecht-link hr-term\" href=\"/begrippen/#flankerend-onderwijsbeleid\">Flankerend Onderwijsbeleid</a> en de backoffices en een vve-locatie.</p>",
            Linker.Link(body, "/route/stap-6/"));
    }

    [Fact]
    public void The_glossary_page_itself_links_nothing()
    {
        const string Body = "<p>backoffice</p>";
        Assert.Equal(Body, Linker.Link(Body, Urls.Glossary));
    }
}
