using System.Text;

namespace Handreiking.Core.Schema;

/// <summary>
/// The table of keys per content kind for the editors' guide (CONTRIBUTING.md), made from the same
/// key descriptions as the loader, the JSON Schemas and the templates. The guide keeps it between
/// two marker lines; <see cref="Update"/> replaces what is between them.
/// </summary>
public static class FieldReference
{
    /// <summary>The line before the generated table.</summary>
    public const string BeginMarker = "<!-- veldentabel: begin. Gemaakt door 'handreiking schema' uit src/Handreiking.Core/Schema/KindCatalog.cs; niet met de hand bewerken. -->";

    /// <summary>The line after the generated table.</summary>
    public const string EndMarker = "<!-- veldentabel: einde -->";

    /// <summary>The tables as Markdown: the kinds with a template first, then the others.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        var kinds = ContentTemplates.Kinds.Select(KindCatalog.Get).Concat(KindCatalog.All.Where(k => !ContentTemplates.Kinds.Contains(k.Kind)));
        foreach (var kind in kinds)
        {
            var where = kind.Folder.Length == 0 ? $"`content/{KindCatalog.HandbookFile}`" : $"`content/{kind.Folder}/`";
            text.Append($"### {Capital(kind.Name)}: {where}\n\n{kind.Description}");
            if (ContentTemplates.Kinds.Contains(kind.Kind))
            {
                text.Append($" Sjabloon: [`sjablonen/{ContentTemplates.FileName(kind.Kind)}`](sjablonen/{ContentTemplates.FileName(kind.Kind)}).");
            }

            text.Append("\n\n| sleutel | verplicht | vorm | betekenis |\n|---|---|---|---|\n");
            foreach (var field in kind.Fields)
            {
                text.Append($"| `{field.Key}` | {(field.Required ? "ja" : "nee")} | {Cell(Shape(field))} | {Cell(field.Description)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// <paramref name="document"/> with the text between <see cref="BeginMarker"/> and
    /// <see cref="EndMarker"/> replaced by <see cref="Markdown"/>; null when a marker is missing.
    /// </summary>
    /// <param name="document">The guide's text.</param>
    public static string? Update(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document = document.ReplaceLineEndings("\n");
        var begin = document.IndexOf(BeginMarker + "\n", StringComparison.Ordinal);
        var end = document.IndexOf("\n" + EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        var start = begin + BeginMarker.Length + 1;
        return document[..start] + "\n" + Markdown() + document[end..];
    }

    /// <summary>What a value looks like, in a few words.</summary>
    private static string Shape(FieldSpec field) => field.Type switch
    {
        FieldType.Text => "tekst",
        FieldType.Markdown => "tekst over meer regels (Markdown)",
        FieldType.Integer => "getal",
        FieldType.Year => "jaartal",
        FieldType.Date => "datum JJJJ-MM-DD",
        FieldType.Url => "webadres (https://…)",
        FieldType.Boolean => "`true` of `false`",
        FieldType.Choice => string.Join(" of ", field.Choices.Select(c => $"`{c}`")),
        FieldType.Reference => $"id uit `content/{KindCatalog.Get(field.Target!.Value).Folder}/`",
        FieldType.ReferenceList => $"lijst van ids uit `content/{KindCatalog.Get(field.Target!.Value).Folder}/`",
        FieldType.FormerIds => "lijst van oude ids",
        FieldType.TextList => "lijst van korte teksten",
        FieldType.ObjectList => "lijst; per item " + string.Join(", ", field.ItemFields.Select(i => $"`{i.Key}`" + (i.Required ? " (verplicht)" : string.Empty))),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "A field type without a shape."),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
