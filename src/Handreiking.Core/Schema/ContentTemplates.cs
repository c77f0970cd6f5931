using System.Text;
using System.Text.RegularExpressions;
using Handreiking.Core.Loading;

namespace Handreiking.Core.Schema;

/// <summary>
/// Commented templates for new content files, made from the same key descriptions as the loader
/// and the JSON Schemas, so they cannot drift apart. Required keys are there, empty, so
/// <c>validate</c> points at each one until it is filled in; optional keys are commented out.
/// The repository keeps them in <c>sjablonen/</c> for editors in GitHub's web editor;
/// <c>handreiking new</c> writes them into the content folder.
/// </summary>
public static partial class ContentTemplates
{
    /// <summary>The kinds an editor starts with a template, in the order the guide lists them.</summary>
    public static IReadOnlyList<ContentKind> Kinds { get; } = [ContentKind.Case, ContentKind.SuccessFactor, ContentKind.Method, ContentKind.Source];

    /// <summary>The template's file name in <c>sjablonen/</c>, such as <c>praktijkvoorbeeld.yml</c>.</summary>
    /// <param name="kind">A kind of <see cref="Kinds"/>.</param>
    public static string FileName(ContentKind kind) => KindCatalog.Get(kind).Name + ".yml";

    /// <summary>The folder in the content folder where files of <paramref name="kind"/> go, such as <c>praktijkvoorbeelden</c>.</summary>
    /// <param name="kind">A folder kind.</param>
    public static string Folder(ContentKind kind) => KindCatalog.Get(kind).Folder;

    /// <summary>The singular Dutch name of <paramref name="kind"/>, such as <c>praktijkvoorbeeld</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string Name(ContentKind kind) => KindCatalog.Get(kind).Name;

    /// <summary>An id made from a title: lowercase letters and digits, accents dropped, hyphens between words.</summary>
    /// <param name="title">Any text.</param>
    /// <returns>The id, or an empty string when the title has no letters or digits.</returns>
    public static string Slug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = FieldReader.IdSuggestion(title);
        return FieldReader.IdPattern().IsMatch(slug) && Regex.IsMatch(title, @"[\p{L}\p{N}]") ? slug : string.Empty;
    }

    /// <summary>The template text of <paramref name="kind"/>, with LF line endings.</summary>
    /// <param name="kind">A folder kind.</param>
    /// <param name="title">The title to fill in, or null to leave <c>titel</c> empty.</param>
    public static string Generate(ContentKind kind, string? title = null)
    {
        var spec = KindCatalog.Get(kind);
        if (spec.Folder.Length == 0)
        {
            throw new ArgumentException("The handbook file has no template.", nameof(kind));
        }

        var text = new StringBuilder();
        text.Append($"# yaml-language-server: $schema=../../src/Handreiking.Core/Schemas/{spec.Name}.schema.json\n");
        text.Append($"#\n# Sjabloon voor een {spec.Name}. {spec.Description}\n#\n");
        text.Append($"# - Dit bestand hoort in content/{spec.Folder}/. De bestandsnaam is de id: kleine letters,\n");
        text.Append("#   cijfers en streepjes, bijvoorbeeld taalcafe-utrecht.yml.\n");
        text.Append("# - Vul elke sleutel in waar VERPLICHT boven staat. Tekst schrijft u achter de dubbele punt.\n");
        text.Append("# - Sleutels die niet verplicht zijn, staan uit: er staat een # voor. Wilt u er een\n");
        text.Append("#   gebruiken? Haal dan '# ' weg voor de sleutel en voor de regels eronder.\n");
        text.Append("# - Regels die met # beginnen, zijn uitleg. U mag ze laten staan of weghalen.\n");
        text.Append("# Meer uitleg: CONTRIBUTING.md in de hoofdmap van de repository.\n");
        foreach (var field in spec.Fields)
        {
            text.Append('\n');
            var value = field.Key == "titel" && title is not null ? Scalar(title) : null;
            AppendField(text, field, value);
        }

        return text.ToString();
    }

    /// <summary>Every template, by file name, as <c>sjablonen/</c> holds them.</summary>
    public static IReadOnlyList<(string FileName, string Text)> GenerateAll() =>
        [.. Kinds.Select(k => (FileName(k), Generate(k)))];

    private static void AppendField(StringBuilder text, FieldSpec field, string? value)
    {
        var prefix = field.Required || value is not null ? string.Empty : "# ";
        foreach (var line in Wrap($"{field.Key} ({(field.Required ? "VERPLICHT" : "niet verplicht")}): {field.Description} {HowToWrite(field)}"))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        switch (field.Type)
        {
            case FieldType.Markdown:
                text.Append(prefix).Append(field.Key).Append(": |\n");
                break;
            case FieldType.TextList or FieldType.ReferenceList or FieldType.FormerIds:
                text.Append(prefix).Append(field.Key).Append(":\n");

                // A case shows at least two success factors: two empty lines say so.
                var items = field.Required && field.Type == FieldType.ReferenceList ? 2 : 1;
                for (var i = 0; i < items; i++)
                {
                    text.Append(prefix).Append("  -\n");
                }

                break;
            case FieldType.ObjectList:
                text.Append(prefix).Append(field.Key).Append(":\n");
                var first = true;
                foreach (var item in field.ItemFields)
                {
                    var itemPrefix = prefix.Length > 0 || item.Required ? prefix : "# ";
                    text.Append(itemPrefix).Append(first ? "  - " : "    ").Append(item.Key).Append(":\n");
                    first = false;
                }

                break;
            default:
                text.Append(prefix).Append(field.Key).Append(':').Append(value is null ? string.Empty : " " + value).Append('\n');
                break;
        }
    }

    /// <summary>How to write a value of this type, in plain Dutch.</summary>
    internal static string HowToWrite(FieldSpec field) => field.Type switch
    {
        FieldType.Text => string.Empty,
        FieldType.Markdown => "Schrijf de tekst op de regels eronder, twee spaties ingesprongen. Een lege regel begint een nieuwe alinea; Markdown mag.",
        FieldType.Integer => "Een getal.",
        FieldType.Year => "Een jaartal van vier cijfers.",
        FieldType.Date => "Een datum als JJJJ-MM-DD.",
        FieldType.Url => "Een volledig webadres, beginnend met https://.",
        FieldType.Boolean => "true (ja) of false (nee).",
        FieldType.Choice => field.Choices.All(c => field.Description.Contains(c, StringComparison.Ordinal)) ? string.Empty : $"Kies uit: {string.Join(", ", field.Choices)}.",
        FieldType.Reference => $"Een id uit content/{KindCatalog.Get(field.Target!.Value).Folder}/ (de bestandsnaam zonder .yml).",
        FieldType.ReferenceList => $"Ids uit content/{KindCatalog.Get(field.Target!.Value).Folder}/ (bestandsnamen zonder .yml), elk op een eigen regel na '- '.",
        FieldType.FormerIds => "Oude ids, elk op een eigen regel na '- '. Alleen nodig als u het bestand een andere naam geeft.",
        FieldType.TextList => "Elk punt op een eigen regel na '- '.",
        FieldType.ObjectList => "Per item: " + string.Join("; ", field.ItemFields.Select(i =>
            $"{i.Key} ({(i.Required ? "verplicht" : "niet verplicht")}): {FieldReader.Lower(i.Description).TrimEnd('.')}")) + ".",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "A field type without a writing hint."),
    };

    /// <summary>A title as a YAML value: plain when YAML reads it back as the same text, double-quoted otherwise.</summary>
    internal static string Scalar(string text)
    {
        text = text.Trim();
        var plain = text.Length > 0
            && PlainSafe().IsMatch(text)
            && !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !text.EndsWith(':')
            && !ReadsAsSomethingElse().IsMatch(text);
        return plain ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static IEnumerable<string> Wrap(string text, int width = 96)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    // No YAML indicator at the start, no control characters.
    [GeneratedRegex(@"^[^-?:,\[\]{}#&*!|>'""%@`\s][^\p{Cc}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();

    // Numbers, booleans and null in YAML 1.1 and 1.2.
    [GeneratedRegex(@"^([-+]?[0-9._]+([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|true|false|yes|no|on|off|y|n|null|~)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadsAsSomethingElse();
}
