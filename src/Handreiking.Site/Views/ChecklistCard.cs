namespace Handreiking.Site.Views;

/// <summary>A checklist in the library: title, what it belongs to, pause point, size and its three forms.</summary>
public sealed record ChecklistCard(string Id, string Url, string Title, string KindLabel, string PausePoint, string TypeLabel, string ItemCount, string? PdfUrl, string DocxUrl);
