namespace Handreiking.EndToEnd.Tests;

/// <summary>One page of each page type of the handbook, and the widths the tests look at.</summary>
public static class SitePages
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 360;

    /// <summary>
    /// Pages whose script fills them (cases list filtered, sorted or empty; search with results or
    /// with none), each with the selector that is there once the script has finished.
    /// </summary>
    public static string? ReadyWhen(string path) => path switch
    {
        _ when path.StartsWith("/zoeken/?", StringComparison.Ordinal) => "[data-search-status]:not(:empty)",
        _ when path.StartsWith("/praktijkvoorbeelden/?", StringComparison.Ordinal) => "[data-active-filters] li",
        _ => null,
    };

    /// <summary>The page a missing address serves, with status 404.</summary>
    public const string Missing = "/bestaat-niet/";

    public static readonly IReadOnlyList<string> Paths =
    [
        "/",
        "/succesfactoren/",
        "/succesfactoren/er-op-af/",
        "/route/",
        "/route/stap-5-keuzes/",
        "/methoden/",
        "/methoden/huisbezoeken/",
        "/praktijkvoorbeelden/",
        "/praktijkvoorbeelden/?doelgroep=Ouders&sorteer=jaar-nieuw",
        "/praktijkvoorbeelden/?thema=Sport&doelgroep=Jonge%20moeders",
        "/praktijkvoorbeelden/instapje-genk/",
        "/doen-en-niet-doen/",
        "/doelgroepen/",
        "/organisaties/",
        "/fondsen/",
        "/bronnen/",
        "/begrippen/",
        "/over/",
        "/zoeken/",
        "/zoeken/?q=moeders",
        "/zoeken/?soort=Methode&land=Belgi%C3%AB",
        "/404.html",
        "/checklists/",
        "/checklists/stap-3-organisaties-in-de-wijk/",
        "/checklists/samenstellen/",
        "/checklists/quickscan/",
    ];

    public static TheoryData<string> All => [.. Paths];

    /// <summary>Every page type, and the missing page that serves the 404 page.</summary>
    public static TheoryData<string> AllAndMissing => [.. Paths, Missing];

    public static TheoryData<string, int> AllAtBothWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var path in Paths)
            {
                data.Add(path, DesktopWidth);
                data.Add(path, PhoneWidth);
            }

            return data;
        }
    }
}
