using Handreiking.Core.Model;

namespace Handreiking.Core.Tests;

public class LoaderTests
{
    [Fact]
    public void Sample_content_loads_without_diagnostics()
    {
        using var content = new TempContent();
        var result = content.Load();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(SampleContent.Files.Count, result.FileCount);
    }

    [Fact]
    public void Handbook_fields_are_read()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        Assert.Equal("Testhandreiking", handbook.Title);
        Assert.Equal("Voor de tests", handbook.Subtitle);
        Assert.Equal("nl", handbook.Language);
        Assert.Equal(new DateOnly(2026, 11, 24), handbook.VersionDate);
        Assert.Equal("https://example.org", handbook.BaseUrl);
        Assert.Equal("https://github.com/example/handreiking", handbook.RepositoryUrl);
        Assert.Equal("Een kleine handreiking om mee te testen.", handbook.Introduction);
        Assert.Same(handbook.Steps.Single(s => s.Id == "voor-u-begint"), handbook.BeforeYouStart);
    }

    [Fact]
    public void Case_links_resolve_to_objects_both_ways()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        var bazaar = Assert.Single(handbook.Cases);

        Assert.Equal(["er-op-af", "succesverhalen"], bazaar.Factors.Select(f => f.Id).Order());
        foreach (var factor in bazaar.Factors)
        {
            Assert.Same(bazaar, Assert.Single(factor.Cases));
        }

        Assert.Same(bazaar, Assert.Single(handbook.Methods.Single().Cases));
        Assert.Same(bazaar, Assert.Single(handbook.Steps.Single(s => s.Id == "stap-1").Cases));
        Assert.Same(bazaar, Assert.Single(handbook.TargetGroups.Single().Cases));
        Assert.Same(bazaar, Assert.Single(handbook.OrganisationTypes.Single().Cases));
        Assert.Same(bazaar, Assert.Single(handbook.Themes.Single().Cases));
        Assert.Same(bazaar, Assert.Single(handbook.Funds.Single().Cases));
        Assert.Equal(Country.NL, bazaar.Country);
        Assert.Equal("2010", bazaar.Period);
        Assert.Equal("Een feest in de wijk met muziek en eten.\n\nDe wethouder beantwoordt vragen.", bazaar.Approach);
        Assert.Equal(new Product("Verslag taalbazaar", null, "https://www.rijksoverheid.nl/wijkgerichte-inburgering"), Assert.Single(bazaar.Products));
    }

    [Fact]
    public void A_case_is_short_only_when_it_says_kort_true()
    {
        using var content = new TempContent();
        Assert.False(Assert.Single(content.Load().Handbook.Cases).IsShort);

        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("land: NL\n", "land: NL\nkort: true\n"));
        Assert.True(Assert.Single(content.Load().Handbook.Cases).IsShort);

        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("land: NL\n", "land: NL\nkort: ja\n"));
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal(("HR0005", 6, 7), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Glossary_entries_are_read_whole()
    {
        using var content = new TempContent();
        var entry = Assert.Single(content.Load().Handbook.Glossary);
        Assert.Equal(("wethouder", "wethouder", "Een lid van het dagelijks bestuur van een gemeente."), (entry.Id, entry.Title, entry.Summary));
        Assert.Equal(["wethouder", "wethouders"], entry.Forms);
        Assert.Equal(Country.NL, entry.Country);
        var citation = Assert.Single(entry.Citations);
        Assert.Equal(("bzk-2011", "Creëer draagvlak"), (citation.Source.Id, citation.Section));
    }

    [Fact]
    public void Glossary_entries_are_equal_by_id_not_by_text()
    {
        using var content = new TempContent();
        var entry = Assert.Single(content.Load().Handbook.Glossary);
        var edited = entry with { Summary = "Iets anders.", Synonyms = [] };
        var other = entry with { Id = "schepen" };
        Assert.Equal(entry, edited);
        Assert.Equal(entry.GetHashCode(), edited.GetHashCode());
        Assert.NotEqual(entry, other);
    }

    [Fact]
    public void A_word_explained_by_two_glossary_entries_is_an_error_at_the_second()
    {
        using var content = new TempContent();
        content.Write("begrippen/wethouders.yml", "term: Wethouders\nuitleg: Bestuurders.\nsynoniemen:\n  - college\n  - college\nbronnen:\n  - bron: bzk-2011\n");
        var diagnostics = content.Load().Diagnostics;
        Assert.Equal(
            [("begrippen/wethouders.yml", 1, 7, "HR0047"), ("begrippen/wethouders.yml", 5, 5, "HR0047")],
            diagnostics.Select(d => (d.Location.File, d.Location.Line, d.Location.Column, d.Code)));
        Assert.Contains("begrip 'wethouder' (begrippen/wethouder.yml, regel 3)", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("ook op regel 4", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_know_cluster_steps_methods_and_related()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        var outreach = handbook.Factors.Single(f => f.Id == "er-op-af");

        Assert.Equal("bereik", outreach.Cluster!.Id);
        Assert.Equal(["er-op-af", "succesverhalen"], outreach.Cluster.Factors.Select(f => f.Id).Order());
        Assert.Equal(["succesverhalen"], outreach.Related.Select(f => f.Id));
        Assert.Equal(["stap-1"], outreach.Steps.Select(s => s.Id));
        Assert.Equal(["huisbezoeken"], outreach.Methods.Select(m => m.Id));
        Assert.Equal([new Tip(TipKind.Do, "Wees bereikbaar", "er-op-af", Schema.ContentKind.SuccessFactor), new Tip(TipKind.Dont, "Communiceer niet alleen per e-mail", "er-op-af", Schema.ContentKind.SuccessFactor)], outreach.Tips);
    }

    [Fact]
    public void Sources_know_what_cites_and_what_they_mention()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        var bzk = handbook.Sources.Single(s => s.Id == "bzk-2011");

        Assert.Equal(SourceType.Document, bzk.SourceType);
        Assert.Equal(2011, bzk.Year);
        Assert.Equal("B-7407", bzk.Reference);
        Assert.Equal(
            ["er-op-af", "succesverhalen", "voor-u-begint", "stap-1", "huisbezoeken", "taalbazaar"],
            bzk.CitedBy.Select(i => i.Id));
        var website = Assert.Single(bzk.Mentions);
        Assert.Equal("wijkgerichte-inburgering", website.Id);
        Assert.Same(bzk, website.MentionedIn);
        Assert.Equal("Stap 1", handbook.Steps.Single(s => s.Id == "stap-1").Citations.Single().Section);
    }

    [Fact]
    public void Collections_are_in_a_stable_order()
    {
        using var content = new TempContent();
        var handbook = content.Load().Handbook;
        Assert.Equal(["voorbereiding", "bereik"], handbook.Clusters.Select(c => c.Id));
        Assert.Equal(["voor-u-begint", "stap-1"], handbook.Steps.Select(s => s.Id));
        Assert.Equal(["er-op-af", "succesverhalen"], handbook.Factors.Select(f => f.Id));
        Assert.Equal(["bzk-2011", "wijkgerichte-inburgering"], handbook.Sources.Select(s => s.Id));
        Assert.Equal("analyse", handbook.Steps.Single(s => s.Id == "stap-1").Phase!.Id);
        Assert.Null(handbook.BeforeYouStart!.Phase);
    }
}
