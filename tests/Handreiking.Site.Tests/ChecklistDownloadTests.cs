using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Handreiking.Core.Checklists;
using Handreiking.Site.Rendering;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Handreiking.Site.Tests;

/// <summary>Every checklist of the real handbook has its page, its Word file and (with a browser) its PDF, each with every item in order.</summary>
public partial class ChecklistDownloadTests(ChecklistSiteFixture site) : IClassFixture<ChecklistSiteFixture>
{
    private static readonly MarkdownRenderer Markdown = new();

    [Fact]
    public void Every_checklist_has_a_page_and_a_Word_file()
    {
        Assert.True(site.Result.Success, site.Result.Error ?? string.Join("\n", site.Result.Diagnostics));
        Assert.NotEmpty(site.Checklists);
        Assert.All(site.Checklists, c =>
        {
            Assert.True(File.Exists(site.PathOf($"/checklists/{c.Id}/index.html")), $"no page for {c.Id}");
            Assert.True(File.Exists(site.PathOf($"/checklists/{c.Id}/{c.Id}.docx")), $"no Word file for {c.Id}");
        });
    }

    [Fact]
    public void Word_file_holds_every_item_in_order_with_a_check_box_each()
    {
        Assert.All(site.Checklists, checklist =>
        {
            using var document = WordprocessingDocument.Open(site.PathOf($"/checklists/{checklist.Id}/{checklist.Id}.docx"), false);
            var body = document.MainDocumentPart!.Document!.Body!;
            AssertInOrder(checklist, string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText)));
            var itemParagraphs = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Checklistpunt").ToList();
            Assert.Equal(checklist.Items.Count, itemParagraphs.Count);
            Assert.All(itemParagraphs, p => Assert.Single(p.Descendants<W14.SdtContentCheckBox>()));
        });
    }

    [Fact]
    public void Word_files_are_valid_for_the_OpenXml_validator()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        Assert.All(site.Checklists, checklist =>
        {
            using var document = WordprocessingDocument.Open(site.PathOf($"/checklists/{checklist.Id}/{checklist.Id}.docx"), false);
            var errors = validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{checklist.Id}:\n" + string.Join("\n", errors));
        });
    }

    [Fact]
    public void Word_file_has_named_styles_a_header_a_footer_with_page_numbers_and_its_properties()
    {
        using var document = WordprocessingDocument.Open(site.PathOf("/checklists/stap-3-organisaties-in-de-wijk/stap-3-organisaties-in-de-wijk.docx"), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleName!.Val!.Value).ToList();
        Assert.Equal(["Normal", "Title", "heading 2", "Gebruik van de checklist", "Checklistpunt", "Schrijfregel", "Verantwoording", "header", "footer"], styles);
        Assert.Equal("Handreiking integratie en participatie · Checklist · Stap 3", main.HeaderParts.Single().Header!.InnerText);
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.EndsWith("https://handreiking.netlify.app/checklists/stap-3-organisaties-in-de-wijk/", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal("Zoek de actieve organisaties in de wijk", document.CoreFilePropertiesPart is null ? null : System.Xml.Linq.XDocument.Load(document.CoreFilePropertiesPart.GetStream()).Descendants("{http://purl.org/dc/elements/1.1/}title").Single().Value);
    }

    [Fact]
    public void Checklist_page_has_every_item_in_order_its_address_and_QR_code_and_links_to_its_downloads()
    {
        foreach (var checklist in site.Checklists)
        {
            var html = File.ReadAllText(site.PathOf($"/checklists/{checklist.Id}/index.html"));
            var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var main = parsed.QuerySelector("main")!;
            Assert.Equal(checklist.Items.Select(i => Markdown.ToPlainText(i.Text)), main.QuerySelectorAll(".hr-sheet__text").Select(e => Regex.Replace(e.TextContent, "^(Doen|Niet doen): ", string.Empty).Trim()));
            Assert.Equal($"https://handreiking.netlify.app/checklists/{checklist.Id}/", main.QuerySelector(".hr-sheet__address")!.TextContent);
            Assert.NotNull(main.QuerySelector("svg.hr-qr[role=img] path"));
            var downloads = main.QuerySelectorAll(".hr-sheet__downloads a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"/checklists/{checklist.Id}/{checklist.Id}.docx", downloads);
            Assert.Equal(site.HasPdfs, downloads.Contains($"/checklists/{checklist.Id}/{checklist.Id}.pdf"));
        }
    }

    [SkippableFact]
    public void Every_checklist_has_a_PDF_whose_text_holds_every_item_in_order()
    {
        site.RequirePdfs();
        Assert.All(site.Checklists, checklist => AssertInOrder(checklist, PdfText(site.PathOf($"/checklists/{checklist.Id}/{checklist.Id}.pdf"))));
    }

    [SkippableFact]
    public void A_steps_PDF_has_at_most_two_pages_and_step_3_fits_on_one()
    {
        site.RequirePdfs();
        var steps = site.Checklists.Where(c => c.Kind is ChecklistKind.Step or ChecklistKind.BeforeYouStart).ToList();
        Assert.Equal(8, steps.Count);
        var pages = steps.ToDictionary(c => c.Id, c => PdfText(site.PathOf($"/checklists/{c.Id}/{c.Id}.pdf")).Count(ch => ch == '\f'));
        Assert.All(pages, p => Assert.InRange(p.Value, 1, 2));
        Assert.Equal(1, pages["stap-3-organisaties-in-de-wijk"]);
    }

    [SkippableFact]
    public void PDFs_are_tagged_with_their_title_and_the_Dutch_language_and_number_their_pages()
    {
        site.RequirePdfs();
        var path = site.PathOf("/checklists/stap-5-keuzes/stap-5-keuzes.pdf");
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Contains("/StructTreeRoot", pdf, StringComparison.Ordinal);
        Assert.Contains("/Lang (nl)", pdf, StringComparison.Ordinal);
        Assert.Contains("/CreationDate (D:20261124000000", pdf, StringComparison.Ordinal);
        var text = PdfText(path);
        Assert.Contains("pagina 1 van 2", text, StringComparison.Ordinal);
        Assert.Contains("pagina 2 van 2", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^Title: +Maak keuzes voor uw aanpak \| Handreiking integratie en participatie$", RegexOptions.Multiline), Run("pdfinfo", path));
    }

    [Fact]
    public void Without_a_browser_the_build_succeeds_says_PDFs_were_skipped_and_links_to_none()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("site");
        var result = new SiteBuilder(Repository.Options(Repository.Fixture(TestSiteFixture.Name), output) with { Pdf = true, PdfBrowser = "/nonexistent/chromium" }).Build();
        Assert.True(result.Success, result.Error);
        Assert.Equal(["De PDF's van de checklists zijn overgeslagen: Chromium is niet gevonden op /nonexistent/chromium. De website is verder compleet; de pagina's linken niet naar PDF's."], result.Messages);
        Assert.Empty(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
        Assert.DoesNotContain(".pdf", File.ReadAllText(Path.Combine(output, "checklists", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "checklists", "zoek-een-keuken", "zoek-een-keuken.docx")));
    }

    /// <summary>Each item's words appear after the previous item's, whatever the line breaks.</summary>
    private static void AssertInOrder(Checklist checklist, string text)
    {
        var flat = Flatten(text);
        var at = 0;
        foreach (var item in checklist.Items)
        {
            var words = Flatten(Markdown.ToPlainText(item.Text));
            var found = flat.IndexOf(words, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{checklist.Id}: '{words}' is missing after position {at} of:\n{flat}");
            at = found + words.Length;
        }
    }

    private static string Flatten(string text) => Whitespace().Replace(text.Replace("\u00ad", string.Empty, StringComparison.Ordinal), " ").Trim();

    private static string PdfText(string path) => Run("pdftotext", "-enc", "UTF-8", path, "-");

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
