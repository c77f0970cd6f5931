using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handreiking.Core.Loading;
using Handreiking.Core.Schema;

namespace Handreiking.Core.OpenData;

/// <summary>
/// Exports loaded content as one JSON document (open data): the handbook's own keys, then one
/// array per folder of items with their id and their keys, in the order the schema lists them.
/// The shape follows the content files exactly, so <see cref="JsonSchemaGenerator.GenerateOpenData"/>
/// describes it with the same key descriptions.
/// </summary>
public static class OpenDataExporter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of loaded content; export content that validated clean.</summary>
    /// <param name="loaded">The result of <see cref="HandbookLoader.Load"/>.</param>
    public static string Export(LoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var root = new JsonObject();
        var handbook = loaded.Documents.FirstOrDefault(d => d.Kind.Kind == ContentKind.Handbook);
        root["handreiking"] = handbook is null ? new JsonObject() : Item(handbook.Values, handbook.Kind.Fields, id: null);
        foreach (var kind in KindCatalog.FolderKinds)
        {
            root[kind.Folder] = new JsonArray([.. loaded.Documents
                .Where(d => d.Kind == kind)
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => (JsonNode)Item(d.Values, kind.Fields, d.Id))]);
        }

        return root.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Item(FieldValues values, IReadOnlyList<FieldSpec> fields, string? id)
    {
        var item = new JsonObject();
        if (id is not null)
        {
            item["id"] = id;
        }

        foreach (var field in fields)
        {
            if (Value(values.Get(field.Key), field) is { } value)
            {
                item[field.Key] = value;
            }
        }

        return item;
    }

    private static JsonNode? Value(object? value, FieldSpec field) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        IdReference reference => JsonValue.Create(reference.Id),
        IReadOnlyList<IdReference> references => new JsonArray([.. references.Select(r => (JsonNode)JsonValue.Create(r.Id))]),
        IReadOnlyList<FormerId> ids => new JsonArray([.. ids.Select(i => (JsonNode)JsonValue.Create(i.Id))]),
        IReadOnlyList<string> texts => new JsonArray([.. texts.Select(t => (JsonNode)JsonValue.Create(t))]),
        IReadOnlyList<FieldValues> objects => new JsonArray([.. objects.Select(o => (JsonNode)Item(o, field.ItemFields, id: null))]),
        _ => null,
    };
}
