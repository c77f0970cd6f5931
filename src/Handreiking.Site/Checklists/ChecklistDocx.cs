using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Handreiking.Core.Checklists;
using Handreiking.Site.Pages;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Handreiking.Site.Checklists;

/// <summary>
/// A checklist as a Word file a trainer can adapt: the same title, pause point, type, sections,
/// lines to write on, notes, source, version date and address as its print page; a real check box
/// (a content control that Word ticks on a click, showing ☐ elsewhere) before every point; a header
/// and a footer with "pagina X van Y"; and named styles ("Checklistpunt", "Schrijfregel", …) so a
/// change of look is one change of style. Byte-identical for the same checklist.
/// </summary>
internal sealed class ChecklistDocx(SiteContext context)
{
    // Children of run properties must follow the schema's order (bold, colour, size): the validator checks it.

    // A4 in twentieths of a point, and margins of about 15 mm.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 850;

    private const string Font = "Arial";
    private const string BoxFont = "MS Gothic";
    private const string Unchecked = "☐";

    private readonly ChecklistLabels _labels = new(context);
    private readonly ChecklistViews _views = new(context);

    /// <summary>Style ids of the document; their names are what a trainer sees in Word's style list.</summary>
    internal static class StyleIds
    {
        public const string Item = "Checklistpunt";
        public const string Line = "Schrijfregel";
        public const string Use = "Gebruik";
        public const string Meta = "Verantwoording";
    }

    public byte[] Create(Checklist checklist)
    {
        var t = context.Locale;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Every part gets a fixed relationship id: generated ones are random, and builds must be byte-identical.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            AddStyles(main, context.Handbook.Language == "en" ? "en-GB" : "nl-NL");
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = new Header(Paragraph("Header", Text($"{context.Handbook.Title} · {t["checklist_label"]} · {_labels.KindLabel(checklist)}")));
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = new Footer(Paragraph("Footer",
                Text(t["checklist_page_label"] + " "), Field("PAGE"), Text(" / "), Field("NUMPAGES"), Text(" · " + _views.Address(checklist))));

            var body = new Body();
            body.Append(Paragraph("Title", Text(checklist.Title)));
            body.Append(Paragraph(StyleIds.Use, Bold(t["checklist_when"] + ": "), Text(checklist.PausePoint)));
            body.Append(Paragraph(StyleIds.Use, Bold(t["checklist_type"] + ": "), Text($"{_labels.TypeLabel(checklist.Type)}. {_labels.TypeHelp(checklist.Type)}")));
            foreach (var section in checklist.Sections)
            {
                body.Append(Paragraph("Heading2", Text(_labels.SectionTitle(section))));
                var number = 0;
                foreach (var item in section.Items)
                {
                    number++;
                    var label = _labels.ItemLabel(section, item);
                    var prefix = section.Kind == ChecklistSectionKind.HowTo ? $"{number.ToString(CultureInfo.InvariantCulture)}. " : string.Empty;
                    body.Append(Paragraph(StyleIds.Item,
                    [
                        CheckBox(),
                        new Run(new TabChar()),
                        .. label is null ? Array.Empty<OpenXmlElement>() : [Bold(label + ": ")],
                        Text(prefix + context.Markdown.ToPlainText(item.Text)),
                    ]));
                }

                if (section.Kind != ChecklistSectionKind.Tips)
                {
                    body.Append(Paragraph(StyleIds.Line), Paragraph(StyleIds.Line));
                }
            }

            body.Append(Paragraph("Heading2", Text(t["checklist_notes"])));
            for (var i = 0; i < 5; i++)
            {
                body.Append(Paragraph(StyleIds.Line));
            }

            if (checklist.Sources.Count > 0)
            {
                var sources = string.Join("; ", checklist.Sources.Select(c => c.Source.Year is { } year ? $"{c.Source.Title} ({year.ToString(CultureInfo.InvariantCulture)})" : c.Source.Title));
                body.Append(Paragraph(StyleIds.Meta, Bold(t["checklist_sources"] + ": "), Text(sources)));
            }

            body.Append(Paragraph(StyleIds.Meta, Bold(t["checklist_version"] + ": "), Text(t.Date(checklist.VersionDate))));
            body.Append(Paragraph(StyleIds.Meta, Bold(t["checklist_online"] + ": "), Text(_views.Address(checklist))));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin, Header = 425, Footer = 425, Gutter = 0 }));

            main.Document = new Document(body);
            // Word 2010 and later read the check boxes (w14); older readers ignore them and show the ☐.
            main.Document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            main.Document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
            main.Document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };

            // Written by hand: the packaging library's own properties part gets a random name.
            var properties = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
            using (var writer = new StreamWriter(properties.GetStream(FileMode.Create), new System.Text.UTF8Encoding(false)))
            {
                writer.Write(CoreProperties(checklist));
            }
        }

        return StableZip.Rewrite(stream.ToArray(), checklist.VersionDate);
    }

    /// <summary>Title, subject, author, language and dates (the version date, never the clock) in Dublin Core, as Word reads them.</summary>
    private string CoreProperties(Checklist checklist)
    {
        static string X(string text) => System.Security.SecurityElement.Escape(text);
        var date = checklist.VersionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
            "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            $"<dc:title>{X(checklist.Title)}</dc:title><dc:subject>{X(checklist.PausePoint)}</dc:subject><dc:creator>{X(context.Handbook.Title)}</dc:creator>" +
            $"<dc:language>{X(context.Handbook.Language)}</dc:language>" +
            $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
            "</cp:coreProperties>";
    }

    private static Paragraph Paragraph(string style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string name) => new(new Run(new Text("1"))) { Instruction = $" {name} " };

    /// <summary>A check box content control: Word ticks it on a click; other programs show the empty box.</summary>
    private static SdtRun CheckBox() => new(
        new SdtProperties(
            new W14.SdtContentCheckBox(
                new W14.Checked { Val = W14.OnOffValues.Zero },
                new W14.CheckedState { Font = BoxFont, Val = "2612" },
                new W14.UncheckedState { Font = BoxFont, Val = "2610" })),
        new SdtContentRun(new Run(new RunProperties(new RunFonts { Ascii = BoxFont, HighAnsi = BoxFont, EastAsia = BoxFont }), new Text(Unchecked))));

    private static void AddStyles(MainDocumentPart main, string language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "21" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Style("Normal", "Normal", null, isDefault: true),
            Style("Title", "Title", "Normal", paragraph: [new KeepNext(), new SpacingBetweenLines { Before = "0", After = "160" }],
                run: [new Bold(), new Color { Val = "1A4677" }, new FontSize { Val = "36" }]),
            Style("Heading2", "heading 2", "Normal", paragraph: [new KeepNext(), new SpacingBetweenLines { Before = "200", After = "60" }, new OutlineLevel { Val = 1 }],
                run: [new Bold(), new Color { Val = "1A4677" }, new FontSize { Val = "25" }]),
            Style(StyleIds.Use, "Gebruik van de checklist", "Normal", paragraph: [new SpacingBetweenLines { After = "40" }]),
            Style(StyleIds.Item, "Checklistpunt", "Normal",
                paragraph: [new KeepLines(), new Tabs(new TabStop { Val = TabStopValues.Left, Position = 397 }), new SpacingBetweenLines { Before = "40", After = "40" }, new Indentation { Left = "397", Hanging = "397" }],
                run: []),
            Style(StyleIds.Line, "Schrijfregel", "Normal",
                paragraph: [new KeepLines(), new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "808080" }), new SpacingBetweenLines { Before = "280", After = "0" }, new Indentation { Left = "397" }]),
            Style(StyleIds.Meta, "Verantwoording", "Normal", paragraph: [new SpacingBetweenLines { After = "20" }], run: [new FontSize { Val = "17" }]),
            Style("Header", "header", "Normal", run: [new Color { Val = "444F5E" }, new FontSize { Val = "16" }]),
            Style("Footer", "footer", "Normal", run: [new Color { Val = "444F5E" }, new FontSize { Val = "16" }]));
    }

    private static Style Style(string id, string name, string? basedOn, bool isDefault = false, OpenXmlElement[]? paragraph = null, OpenXmlElement[]? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is { Length: > 0 })
        {
            style.Append(new StyleParagraphProperties(paragraph));
        }

        if (run is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(run));
        }

        return style;
    }
}
