namespace Handreiking.EndToEnd.Tests;

/// <summary>One page of each page type of the handbook, and the widths the tests look at.</summary>
public static class SitePages
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 360;

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
        "/praktijkvoorbeelden/instapje-genk/",
        "/doen-en-niet-doen/",
        "/doelgroepen/",
        "/organisaties/",
        "/fondsen/",
        "/bronnen/",
        "/begrippen/",
        "/over/",
        "/zoeken/",
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
