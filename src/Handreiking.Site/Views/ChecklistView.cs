using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>A checklist's own page, made for print: what the trainer hands out.</summary>
/// <param name="KindLabel">What it belongs to: "Stap 3", "Methode 2", "Succesfactor", …</param>
/// <param name="PausePoint">When to use it.</param>
/// <param name="TypeLabel">"Lezen en doen" or "Doen en controleren".</param>
/// <param name="TypeHelp">One sentence on how to use that type.</param>
/// <param name="Sections">The sections with their points.</param>
/// <param name="ItemCount">How many points, as text ("12 punten").</param>
/// <param name="Owner">The page that explains the points, if any.</param>
/// <param name="Sources">The sources the points come from.</param>
/// <param name="VersionDate">The handbook's version date, written out.</param>
/// <param name="VersionDateIso">The same date as yyyy-MM-dd.</param>
/// <param name="Address">The page's absolute address, printed under the QR code.</param>
/// <param name="QrCode">A QR code of <paramref name="Address"/>, an SVG drawing made at build time.</param>
/// <param name="PdfUrl">The PDF download, when this build makes PDFs.</param>
/// <param name="DocxUrl">The Word download.</param>
/// <param name="LibraryUrl">The checklist library.</param>
public sealed record ChecklistView(
    string KindLabel,
    string PausePoint,
    string TypeLabel,
    string TypeHelp,
    IReadOnlyList<ChecklistSectionView> Sections,
    string ItemCount,
    LinkView? Owner,
    IReadOnlyList<CitationView> Sources,
    string VersionDate,
    string VersionDateIso,
    string Address,
    TrustedHtml QrCode,
    string? PdfUrl,
    string DocxUrl,
    string LibraryUrl);
