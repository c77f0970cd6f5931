using AngleSharp.Html.Parser;
using Handreiking.Core.Schema;

namespace Handreiking.Site.Tests;

/// <summary>An editor's new case, from the template, builds into the real site: its page, and a link on the list of cases.</summary>
public class NewCaseSiteTests
{
    [Fact]
    public void A_new_case_from_the_template_builds_into_the_real_site()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var text = ContentTemplates.Generate(ContentKind.Case, "Taalcafé in de bibliotheek")
            .Replace("\nsamenvatting:\n", "\nsamenvatting: Nieuwkomers en vrijwilligers praten elke week Nederlands.\n", StringComparison.Ordinal)
            .Replace("\norganisatie:\n", "\norganisatie: Bibliotheek Voorbeeldstad\n", StringComparison.Ordinal)
            .Replace("\nplaats:\n", "\nplaats: Voorbeeldstad\n", StringComparison.Ordinal)
            .Replace("\nland:\n", "\nland: NL\n", StringComparison.Ordinal)
            .Replace("\ndoel: |\n", "\ndoel: |\n  Nieuwkomers oefenen Nederlands.\n", StringComparison.Ordinal)
            .Replace("\naanpak: |\n", "\naanpak: |\n  Vrijwilligers praten elke week met een groepje.\n", StringComparison.Ordinal)
            .Replace("\nsuccesfactoren:\n  -\n  -\n", "\nsuccesfactoren:\n  - laagdrempelig\n  - aansluiten-bij-de-leefwereld\n", StringComparison.Ordinal)
            .Replace("\n  - bron:\n", "\n  - bron: bzk-2011\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(content, "praktijkvoorbeelden", "taalcafe-in-de-bibliotheek.yml"), text);
        var output = temp.Combine("site");

        var result = new SiteBuilder(Repository.Options(content, output)).Build();

        Assert.True(result.Success, result.Error ?? string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks.Select(b => b.ToString()))));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "praktijkvoorbeelden", "taalcafe-in-de-bibliotheek", "index.html")));
        Assert.Equal("Taalcafé in de bibliotheek", page.QuerySelector("main h1")?.TextContent);
        var list = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "praktijkvoorbeelden", "index.html")));
        Assert.Contains(list.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/praktijkvoorbeelden/taalcafe-in-de-bibliotheek/" && a.TextContent.Trim() == "Taalcafé in de bibliotheek");
    }
}
