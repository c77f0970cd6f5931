using System.Globalization;
using System.Text.RegularExpressions;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;
using Handreiking.Core.Yaml;

namespace Handreiking.Core.Loading;

/// <summary>
/// Checks one YAML mapping against the keys of its kind and collects the values that pass.
/// Reports every problem it finds and goes on, so an editor sees all of them in one run.
/// </summary>
internal sealed partial class FieldReader(DiagnosticSink sink)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^-?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    public FieldValues Read(YMapping mapping, IReadOnlyList<FieldSpec> fields, string what)
    {
        var values = new FieldValues(mapping.Location);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, node) in mapping.Entries)
        {
            var field = fields.FirstOrDefault(f => f.Key == key.Value);
            if (field is null)
            {
                ReportUnknownKey(key, fields, what);
                continue;
            }

            present.Add(field.Key);
            var value = ReadValue(field, node, values);
            if (value is not null)
            {
                values.Set(field.Key, value, node.Location);
            }
        }

        foreach (var field in fields.Where(f => f.Required && !present.Contains(f.Key)))
        {
            sink.Error(DiagnosticCodes.MissingRequired, mapping.Location,
                $"De verplichte sleutel '{field.Key}' ontbreekt in {what}.",
                $"Voeg '{field.Key}:' toe: {Lower(field.Description)}");
        }

        return values;
    }

    private void ReportUnknownKey(YScalar key, IReadOnlyList<FieldSpec> fields, string what)
    {
        var suggestion = Suggestions.Closest(key.Value, fields.Select(f => f.Key));
        var known = string.Join(", ", fields.Select(f => f.Key));
        sink.Error(DiagnosticCodes.UnknownKey, key.Location,
            $"De sleutel '{key.Value}' bestaat niet in {what}.",
            suggestion is not null
                ? $"Bedoelt u '{suggestion}'?"
                : $"Mogelijke sleutels zijn: {known}.");
    }

    private object? ReadValue(FieldSpec field, YNode node, FieldValues values) => field.Type switch
    {
        FieldType.Text or FieldType.Markdown => Located(values, field, node, ReadText(field, node)),
        FieldType.Integer => ReadInteger(field, node),
        FieldType.Year => ReadYear(field, node),
        FieldType.Date => ReadDate(field, node),
        FieldType.Url => ReadUrl(field, node),
        FieldType.Boolean => ReadBoolean(field, node),
        FieldType.Choice => ReadChoice(field, node),
        FieldType.Reference => ReadReference(field, node),
        FieldType.ReferenceList => ReadList(field, node, item => ReadReference(field, item)),
        FieldType.FormerIds => ReadList(field, node, item => ReadFormerId(field, item)),
        FieldType.TextList => ReadList(field, node, item => Located(values, field, item, ReadText(field, item))),
        FieldType.ObjectList => ReadList(field, node, item => ReadObject(field, item)),
        _ => null,
    };

    /// <summary>Remembers where a text was read, so later checks (the B1 checks) can point inside it.</summary>
    private static string? Located(FieldValues values, FieldSpec field, YNode node, string? text)
    {
        if (text is not null)
        {
            values.AddText(new LocatedText(field, text, node.Location));
        }

        return text;
    }

    private string? ReadText(FieldSpec field, YNode node)
    {
        if (node is YMapping { Entries.Count: 1 })
        {
            // "- Let op: dit werkt" reads as a key with a value: the classic colon-in-text slip.
            WrongType(field, node, "tekst",
                "Staat er een dubbele punt met een spatie in de tekst? Zet de hele tekst dan tussen aanhalingstekens, bijvoorbeeld \"Let op: dit werkt\".");
            return null;
        }

        if (node is not YScalar scalar)
        {
            WrongType(field, node, "tekst", field.Type == FieldType.Markdown
                ? $"Schrijf de tekst na '{field.Key}: |' op de regels eronder, ingesprongen met spaties."
                : "Schrijf hier één tekst. Bedoelde u een lijst? Dan hoort die onder een andere sleutel.");
            return null;
        }

        var text = field.Type == FieldType.Markdown ? scalar.Value.TrimEnd() : scalar.Value.Trim();
        if (scalar.IsNull || text.Length == 0)
        {
            sink.Error(DiagnosticCodes.EmptyText, node.Location,
                $"'{field.Key}' is leeg.",
                field.Required ? $"Vul de tekst in: {Lower(field.Description)}" : "Vul de tekst in, of laat de sleutel weg.");
            return null;
        }

        MarkdownLinkCheck.Check(text, scalar, sink);
        return text;
    }

    private YScalar? PlainScalar(FieldSpec field, YNode node, string expected, string example)
    {
        if (node is YScalar { IsNull: true })
        {
            sink.Error(DiagnosticCodes.EmptyText, node.Location, $"'{field.Key}' is leeg.", $"Vul {expected} in, bijvoorbeeld '{field.Key}: {example}'.");
            return null;
        }

        if (node is YScalar { IsPlain: true } scalar)
        {
            return scalar;
        }

        var shape = node is YScalar ? "tekst tussen aanhalingstekens" : node.ShapeName;
        WrongType(field, node, expected, $"Schrijf het zonder aanhalingstekens, bijvoorbeeld '{field.Key}: {example}'.", shape);
        return null;
    }

    private object? ReadInteger(FieldSpec field, YNode node)
    {
        var scalar = PlainScalar(field, node, "een getal", "3");
        if (scalar is null)
        {
            return null;
        }

        if (IntegerPattern().IsMatch(scalar.Value) && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(field, node, "een heel getal", $"Schrijf alleen cijfers, bijvoorbeeld '{field.Key}: 3'.", $"'{scalar.Value}'");
        return null;
    }

    private object? ReadYear(FieldSpec field, YNode node)
    {
        var scalar = PlainScalar(field, node, "een jaartal", "2011");
        if (scalar is null)
        {
            return null;
        }

        if (IntegerPattern().IsMatch(scalar.Value) && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= MinYear and <= MaxYear)
        {
            return year;
        }

        sink.Error(DiagnosticCodes.InvalidYear, node.Location,
            $"'{scalar.Value}' is geen geldig jaartal voor '{field.Key}'.",
            $"Schrijf het jaar met vier cijfers, tussen {MinYear} en {MaxYear}, bijvoorbeeld '{field.Key}: 2011'. Een preciezere datum hoort bij 'datum'.");
        return null;
    }

    private object? ReadDate(FieldSpec field, YNode node)
    {
        var scalar = PlainScalar(field, node, "een datum", "2026-11-24");
        if (scalar is null)
        {
            return null;
        }

        if (DatePattern().IsMatch(scalar.Value) &&
            DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        sink.Error(DiagnosticCodes.InvalidDate, node.Location,
            $"'{scalar.Value}' is geen geldige datum voor '{field.Key}'.",
            $"Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld '{field.Key}: 2026-11-24'.");
        return null;
    }

    private object? ReadUrl(FieldSpec field, YNode node)
    {
        var text = ReadText(field, node);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
            (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
            uri.Host.Contains('.', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace))
        {
            return text;
        }

        var fixedUrl = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? $" Bijvoorbeeld: 'https://{text}'." : string.Empty;
        sink.Error(DiagnosticCodes.InvalidUrl, node.Location,
            $"'{text}' is geen geldig webadres voor '{field.Key}'.",
            $"Schrijf het volledige adres, beginnend met https:// of http://, zonder spaties.{fixedUrl}");
        return null;
    }

    private object? ReadBoolean(FieldSpec field, YNode node)
    {
        var scalar = PlainScalar(field, node, "true of false", "true");
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                WrongType(field, node, "true of false", $"Schrijf '{field.Key}: true' of '{field.Key}: false'.", $"'{scalar.Value}'");
                return null;
        }
    }

    private string? ReadChoice(FieldSpec field, YNode node)
    {
        var text = ReadText(field, node);
        if (text is null)
        {
            return null;
        }

        if (field.Choices.Contains(text))
        {
            return text;
        }

        var suggestion = field.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            ?? field.ChoiceAliases.GetValueOrDefault(text)
            ?? Suggestions.Closest(text, field.Choices);
        sink.Error(DiagnosticCodes.InvalidValue, node.Location,
            $"'{text}' is geen toegestane waarde voor '{field.Key}'.",
            $"Kies uit: {string.Join(", ", field.Choices)}." + (suggestion is null ? string.Empty : $" Bedoelt u '{suggestion}'?"));
        return null;
    }

    private IdReference? ReadReference(FieldSpec field, YNode node) =>
        ReadId(field, node) is { } id ? new IdReference(id, field.Target!.Value, node.Location) : null;

    private FormerId? ReadFormerId(FieldSpec field, YNode node) =>
        ReadId(field, node) is { } id ? new FormerId(id, node.Location) : null;

    private string? ReadId(FieldSpec field, YNode node)
    {
        var text = ReadText(field, node);
        if (text is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(text))
        {
            sink.Error(DiagnosticCodes.InvalidValue, node.Location,
                $"'{text}' is geen id. Een id is de bestandsnaam zonder '.yml'.",
                $"Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{IdSuggestion(text)}'.");
            return null;
        }

        return text;
    }

    private FieldValues? ReadObject(FieldSpec field, YNode node)
    {
        if (node is not YMapping mapping)
        {
            var example = string.Join(", ", field.ItemFields.Where(f => f.Required).Select(f => $"{f.Key}: …"));
            WrongType(field, node, "een groep sleutels", $"Schrijf elk item in '{field.Key}' als '- {{ {example} }}'.");
            return null;
        }

        return Read(mapping, field.ItemFields, $"een item van '{field.Key}'");
    }

    private IReadOnlyList<T>? ReadList<T>(FieldSpec field, YNode node, Func<YNode, T?> readItem)
        where T : class
    {
        if (node is not YSequence sequence)
        {
            if (node is YScalar { IsNull: true })
            {
                sink.Error(DiagnosticCodes.EmptyText, node.Location, $"'{field.Key}' is leeg.", "Zet er items onder (elk op een eigen regel, beginnend met '- '), of laat de sleutel weg.");
                return null;
            }

            WrongType(field, node, "een lijst", $"Zet elk item op een eigen regel onder '{field.Key}:', beginnend met '- '.");
            return null;
        }

        var items = new List<T>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var value = readItem(item);
            if (value is not null)
            {
                items.Add(value);
            }
        }

        return items;
    }

    private void WrongType(FieldSpec field, YNode node, string expected, string hint, string? found = null) =>
        sink.Error(DiagnosticCodes.WrongType, node.Location,
            $"'{field.Key}' moet {expected} zijn, maar hier staat {found ?? node.ShapeName}.", hint);

    /// <summary>A description continued after a colon: first letter small, unless it starts an abbreviation ("NL of BE").</summary>
    internal static string Lower(string description) =>
        description.Length == 0 || (description.Length > 1 && char.IsUpper(description[1]))
            ? description
            : char.ToLowerInvariant(description[0]) + description[1..];

    /// <summary>Turns any text into a valid id, to show the editor what an id looks like.</summary>
    internal static string IdSuggestion(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var chars = normalized
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        var slug = Regex.Replace(new string([.. chars]), "-+", "-").Trim('-');
        return slug.Length == 0 ? "mijn-onderdeel" : slug;
    }
}
