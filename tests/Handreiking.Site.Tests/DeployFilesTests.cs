namespace Handreiking.Site.Tests;

/// <summary>The files for the web host: redirects from vorige-ids, security.txt.</summary>
public class DeployFilesTests(TestSiteFixture site) : IClassFixture<TestSiteFixture>
{
    [Fact]
    public void A_former_id_redirects_its_old_address_to_the_page()
    {
        Assert.True(site.Result.Success);
        Assert.Equal(
            "# Oude adressen van hernoemde pagina's (vorige-ids in de inhoud), gemaakt door 'handreiking build'.\n"
            + "/praktijkvoorbeelden/kookclub-oost/ /praktijkvoorbeelden/buurtkeuken-oost/ 301\n",
            site.File("_redirects"));
    }

    [Fact]
    public void Security_txt_names_the_repository_and_expires_a_year_after_the_version_date()
    {
        Assert.True(site.Result.Success);
        Assert.Equal(
            "Contact: https://github.com/example/buurtkeukens/security/advisories/new\n"
            + "Expires: 2027-03-01T00:00:00Z\n"
            + "Preferred-Languages: nl, en\n"
            + "Canonical: https://buurtkeukens.example.org/.well-known/security.txt\n",
            site.File(".well-known/security.txt"));
    }
}
