using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;

namespace Handreiking.Core.Tests;

/// <summary>vorige-ids keep old addresses working; a published page that disappears without one is reported.</summary>
public class StableAddressTests
{
    private static readonly string[] Published = [.. SampleContent.Files.Select(f => f.Path)];

    [Fact]
    public void Former_ids_are_read_into_the_model()
    {
        using var content = new TempContent();
        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case + "\nvorige-ids: [taalmarkt, taalmarkt-schiedam]\n");

        var result = content.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["taalmarkt", "taalmarkt-schiedam"], Assert.Single(result.Handbook.Cases).FormerIds);
        Assert.Empty(result.Handbook.Factors.SelectMany(f => f.FormerIds));
    }

    [Fact]
    public void A_former_id_that_is_an_id_now_or_claimed_twice_is_an_error_at_its_line()
    {
        using var content = new TempContent();
        // The sample case has 29 lines; vorige-ids starts on line 30.
        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case + "\nvorige-ids:\n  - taalbazaar\n  - taalmarkt\n");
        content.Write("praktijkvoorbeelden/taalmarkt.yml", SampleContent.Case + "\nvorige-ids: [oud, oud]\n");
        content.Write("praktijkvoorbeelden/zomerschool.yml", SampleContent.Case + "\nvorige-ids: [oud]\n");

        var result = content.Load();

        Assert.Equal(
            [
                ("praktijkvoorbeelden/taalbazaar.yml", 31, 5, DiagnosticCodes.FormerIdInUse, "'taalbazaar' is de id van dit bestand zelf."),
                ("praktijkvoorbeelden/taalbazaar.yml", 32, 5, DiagnosticCodes.FormerIdInUse, "'taalmarkt' staat in 'vorige-ids', maar praktijkvoorbeelden/taalmarkt.yml heeft die id nu."),
                ("praktijkvoorbeelden/taalmarkt.yml", 30, 19, DiagnosticCodes.FormerIdTwice, "'oud' staat twee keer in 'vorige-ids'."),
                ("praktijkvoorbeelden/zomerschool.yml", 30, 14, DiagnosticCodes.FormerIdTwice, "'oud' staat ook in 'vorige-ids' van praktijkvoorbeelden/taalmarkt.yml."),
            ],
            result.Diagnostics.Select(d => (d.Location.File, d.Location.Line, d.Location.Column, d.Code, d.Message)));
    }

    [Fact]
    public void A_former_id_that_is_no_id_is_an_error()
    {
        using var content = new TempContent();
        content.Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case + "\nvorige-ids: [Taal Markt]\n");

        var diagnostic = Assert.Single(content.Load().Diagnostics);

        Assert.Equal(("praktijkvoorbeelden/taalbazaar.yml", 30, 14, DiagnosticCodes.InvalidValue), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Code));
        Assert.Equal("Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'taal-markt'.", diagnostic.Hint);
    }

    [Fact]
    public void Kinds_without_a_page_have_no_vorige_ids()
    {
        using var content = new TempContent();
        content.Write("themas/taal.yml", "titel: Taal\nsamenvatting: Nederlands leren.\nvorige-ids: [nederlands]\n");

        var diagnostic = Assert.Single(content.Load().Diagnostics);

        Assert.Equal(("themas/taal.yml", 3, 1, DiagnosticCodes.UnknownKey), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Code));
    }

    [Fact]
    public void Unchanged_content_has_no_removed_pages()
    {
        using var content = new TempContent();
        Assert.Empty(PublishedPageCheck.Check(content.Load(), Published));
    }

    [Fact]
    public void A_rename_without_vorige_ids_is_an_error_on_the_new_file()
    {
        using var content = new TempContent();
        content.Delete("praktijkvoorbeelden/taalbazaar.yml").Write("praktijkvoorbeelden/taalbazaar-schiedam.yml", SampleContent.Case);

        var diagnostic = Assert.Single(PublishedPageCheck.Check(content.Load(), Published));

        Assert.Equal("praktijkvoorbeelden/taalbazaar-schiedam.yml:1:1: error HR0062: Dit praktijkvoorbeeld is nieuw en praktijkvoorbeelden/taalbazaar.yml is weg. "
            + "Is 'taalbazaar' hernoemd naar 'taalbazaar-schiedam'? Dan werken links naar de gepubliceerde pagina van 'taalbazaar' niet meer. "
            + "Zet 'vorige-ids: [taalbazaar]' in dit bestand: dan stuurt het oude adres door naar de nieuwe pagina.", diagnostic.Format());
    }

    [Fact]
    public void A_rename_with_vorige_ids_is_fine()
    {
        using var content = new TempContent();
        content.Delete("praktijkvoorbeelden/taalbazaar.yml").Write("praktijkvoorbeelden/taalbazaar-schiedam.yml", SampleContent.Case + "\nvorige-ids: [taalbazaar]\n");

        var result = content.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(PublishedPageCheck.Check(result, Published));
    }

    [Fact]
    public void A_removed_page_with_nothing_new_in_its_place_is_a_warning_on_the_old_path()
    {
        using var content = new TempContent();
        content.Delete("praktijkvoorbeelden/taalbazaar.yml");

        var diagnostic = Assert.Single(PublishedPageCheck.Check(content.Load(), Published));

        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.PublishedPageRemoved, "praktijkvoorbeelden/taalbazaar.yml", 1),
            (diagnostic.Severity, diagnostic.Code, diagnostic.Location.File, diagnostic.Location.Line));
    }

    [Fact]
    public void A_removed_item_without_a_page_of_its_own_is_not_reported()
    {
        using var content = new TempContent();
        content.Delete("fondsen/oranjefonds.yml").Write("praktijkvoorbeelden/taalbazaar.yml", SampleContent.Case.Replace("fondsen: [oranjefonds]\n", string.Empty, StringComparison.Ordinal));

        var result = content.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(PublishedPageCheck.Check(result, Published));
    }

    [Fact]
    public void A_file_that_is_still_there_but_broken_is_not_reported_as_removed()
    {
        using var content = new TempContent();
        content.Write("praktijkvoorbeelden/taalbazaar.yml", "titel: [\n");

        var result = content.Load();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.Empty(PublishedPageCheck.Check(result, Published));
    }
}
