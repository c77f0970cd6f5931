using Handreiking.Core.Model;
using Handreiking.Core.Schema;
using Handreiking.Site.Rendering;

namespace Handreiking.Site.Pages;

/// <summary>
/// The one place that decides every page's address. Section names come from the locale
/// (<c>url_*</c> keys), so a handbook in another language gets addresses in that language.
/// </summary>
public sealed class Urls(Locale locale)
{
    public const string Home = "/";

    public string Factors { get; } = Section(locale, "url_factors");

    public string Route { get; } = Section(locale, "url_route");

    public string Methods { get; } = Section(locale, "url_methods");

    public string Cases { get; } = Section(locale, "url_cases");

    public string Tips { get; } = Section(locale, "url_tips");

    public string TargetGroups { get; } = Section(locale, "url_target_groups");

    public string Glossary { get; } = Section(locale, "url_glossary");

    public string Organisations { get; } = Section(locale, "url_organisations");

    public string Funds { get; } = Section(locale, "url_funds");

    public string Sources { get; } = Section(locale, "url_sources");

    public string About { get; } = Section(locale, "url_about");

    public string Search { get; } = Section(locale, "url_search");

    public string Checklists { get; } = Section(locale, "url_checklists");

    public string ChecklistBuilder => Checklists + "samenstellen/";

    public string QuickScan => Checklists + "quickscan/";

    public string NotFound => "/404.html";

    /// <summary>The compact index of all cases that the cases list filters and sorts in the browser.</summary>
    public string CaseIndex => Cases + "voorbeelden.json";

    /// <summary>A checklist's print page; its downloads sit beside it, named after it.</summary>
    public string Checklist(string id) => Checklists + id + "/";

    public string ChecklistPdf(string id) => Checklist(id) + id + ".pdf";

    public string ChecklistDocx(string id) => Checklist(id) + id + ".docx";

    public string For(HandbookItem item) => item.Kind switch
    {
        ContentKind.SuccessFactor => Factors + item.Id + "/",
        ContentKind.Cluster => Factors + "#" + item.Id,
        ContentKind.Step => Route + item.Id + "/",
        ContentKind.Phase => Route + "#" + item.Id,
        ContentKind.Method => Methods + item.Id + "/",
        ContentKind.Case => Cases + item.Id + "/",
        ContentKind.TargetGroup => TargetGroups + "#" + item.Id,
        ContentKind.OrganisationType => Organisations + "#" + item.Id,
        ContentKind.Fund => Funds + "#" + item.Id,
        ContentKind.Source => Sources + "#" + item.Id,
        ContentKind.Theme => Cases + "#" + item.Id,
        ContentKind.Glossary => Glossary + "#" + item.Id,
        _ => Home,
    };

    /// <summary>The file a page address is written to: directory addresses get an index.html.</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    private static string Section(Locale locale, string key) => "/" + locale[key].Trim('/') + "/";
}
