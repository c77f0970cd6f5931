using Handreiking.Site.Rendering;

namespace Handreiking.Site.Views;

/// <summary>The checklist library: every checklist by group, and the ways to the builder and the quick scan.</summary>
public sealed record ChecklistLibraryView(TrustedHtml IntroHtml, IReadOnlyList<ChecklistGroupView> Groups, int ChecklistCount, string BuilderUrl, string QuickScanUrl, bool HasPdfs);
