using System.Globalization;

namespace Handreiking.Core.Checklists;

/// <summary>
/// The pause point a checklist gets when the content names none, in the handbook's language (the
/// languages <c>taal</c> accepts). Content words it better where it can: <c>checklist-moment</c>.
/// </summary>
internal static class PausePoints
{
    public static string BeforeYouStart(string language) => language == "en"
        ? "At the start of the project, before you make any choices"
        : "Bij de start van het project, voordat u keuzes maakt";

    public static string Step(string language, int number) => string.Format(CultureInfo.InvariantCulture, language == "en"
        ? "When you start step {0}, and again before you move on"
        : "Als u aan stap {0} begint, en nog eens voordat u verdergaat", number);

    public static string Method(string language, string title) => string.Format(CultureInfo.InvariantCulture, language == "en"
        ? "When you prepare '{0}' with your partners"
        : "Als u '{0}' voorbereidt met uw partners", title);

    public static string SuccessFactor(string language) => language == "en"
        ? "When you write or review your plan"
        : "Als u uw plan van aanpak maakt of bijstelt";

    public static string DosAndDonts(string language) => language == "en"
        ? "Before a meeting with colleagues and partners about your approach"
        : "Voor een overleg met collega's en partners over uw aanpak";
}
