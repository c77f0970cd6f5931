using System.Globalization;
using System.Text.Json;

namespace Handreiking.Site.Rendering;

/// <summary>
/// The theme's UI strings for one language (<c>theme/locales/{lang}.json</c>), so a handbook in
/// another language reuses the theme by adding one file.
/// </summary>
public sealed class Locale
{
    private readonly Dictionary<string, string> _strings;

    private Locale(string language, Dictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>All strings, for templates (<c>{{ t.skip_link }}</c>).</summary>
    public IReadOnlyDictionary<string, string> Strings => _strings;

    public static Locale Load(string themeDirectory, string language)
    {
        var path = Path.Combine(themeDirectory, "locales", language + ".json");
        if (!File.Exists(path))
        {
            throw new SiteBuildException($"Het thema heeft geen teksten voor de taal '{language}': {path} ontbreekt.");
        }

        try
        {
            var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
            return new Locale(language, strings);
        }
        catch (JsonException e)
        {
            throw new SiteBuildException($"{path}:{e.LineNumber + 1}: dit is geen geldig JSON-bestand met teksten ({e.Message}).", e);
        }
    }

    public string this[string key] =>
        _strings.TryGetValue(key, out var value)
            ? value
            : throw new SiteBuildException($"theme/locales/{Language}.json mist de tekst '{key}'.");

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    /// <summary>A count with the singular or plural form: keys <c>{key}_one</c> and <c>{key}_other</c>.</summary>
    public string Count(string key, int count) => Format(count == 1 ? key + "_one" : key + "_other", count);

    public string Date(DateOnly date) => date.ToString(this["date_format"], Culture);
}
