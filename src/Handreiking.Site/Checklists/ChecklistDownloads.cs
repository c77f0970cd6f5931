using Handreiking.Site.Pages;

namespace Handreiking.Site.Checklists;

/// <summary>The files beside the checklist pages that every build makes: a Word file per checklist (PDFs need a browser and come later).</summary>
internal static class ChecklistDownloads
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(SiteContext context)
    {
        var docx = new ChecklistDocx(context);
        return [.. context.Checklists.AsParallel().AsOrdered().Select(c => (context.Urls.ChecklistDocx(c.Id), docx.Create(c)))];
    }
}
