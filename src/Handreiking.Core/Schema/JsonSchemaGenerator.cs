using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Handreiking.Core.Schema;

/// <summary>
/// Generates the JSON Schema (draft-07, which the VS Code YAML extension understands) of each
/// content kind, from the same key descriptions the loader checks against.
/// </summary>
public static class JsonSchemaGenerator
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema file name of every kind, such as <c>praktijkvoorbeeld.schema.json</c>, with its JSON text.</summary>
    public static IReadOnlyList<(string FileName, string Json)> GenerateAll() =>
        [.. KindCatalog.All.Select(k => (FileName(k.Kind), Generate(k.Kind)))];

    /// <summary>The schema file name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string FileName(ContentKind kind) => KindCatalog.Get(kind).Name + ".schema.json";

    /// <summary>The JSON Schema of one kind, as indented JSON text with a final newline.</summary>
    /// <param name="kind">The kind.</param>
    public static string Generate(ContentKind kind)
    {
        var spec = KindCatalog.Get(kind);
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = FileName(kind),
            ["title"] = spec.Name,
            ["description"] = spec.Description,
        };
        foreach (var (key, value) in ObjectSchema(spec.Fields))
        {
            schema[key] = value?.DeepClone();
        }

        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// The JSON Schema of the open-data export (<see cref="OpenData.OpenDataExporter"/>): the
    /// handbook, then one array per folder whose items have an <c>id</c> and the keys of their kind.
    /// </summary>
    public static string GenerateOpenData()
    {
        var properties = new JsonObject { ["handreiking"] = ObjectSchema(KindCatalog.Handbook.Fields) };
        foreach (var kind in KindCatalog.FolderKinds)
        {
            var item = ObjectSchema(kind.Fields);
            var itemProperties = new JsonObject { ["id"] = IdSchema() };
            foreach (var (key, value) in item["properties"]!.AsObject())
            {
                itemProperties[key] = value?.DeepClone();
            }

            item["properties"] = itemProperties;
            item["required"] = new JsonArray([(JsonNode)"id", .. item["required"]?.AsArray().Select(r => r!.DeepClone()) ?? []]);
            item["description"] = kind.Description;
            properties[kind.Folder] = new JsonObject { ["type"] = "array", ["items"] = item };
        }

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "handreiking.schema.json",
            ["title"] = "handreiking (open data)",
            ["description"] = "De hele handreiking als één JSON-bestand: dezelfde sleutels als de inhoudsbestanden, met per onderdeel zijn id.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["required"] = new JsonArray([.. KindCatalog.All.Select(k => (JsonNode)(k.Folder.Length == 0 ? "handreiking" : k.Folder))]),
        };
        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject ObjectSchema(IReadOnlyList<FieldSpec> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var property = FieldSchema(field);
            property["description"] = field.Description;
            properties[field.Key] = property;
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        return schema;
    }

    private static JsonObject FieldSchema(FieldSpec field) => field.Type switch
    {
        // YAML reads "2009" or "true" as a number or boolean; the loader accepts any scalar as text.
        FieldType.Text or FieldType.Markdown => TextSchema(),
        FieldType.Integer => new JsonObject { ["type"] = "integer" },
        FieldType.Year => new JsonObject { ["type"] = "integer", ["minimum"] = Loading.FieldReader.MinYear, ["maximum"] = Loading.FieldReader.MaxYear },
        FieldType.Date => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
        FieldType.Url => new JsonObject { ["type"] = "string", ["pattern"] = @"^https?://[^\s/]+\.[^\s]*$" },
        FieldType.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldType.Choice => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. field.Choices.Select(c => (JsonNode)c)]) },
        FieldType.Reference => IdSchema(),
        FieldType.ReferenceList or FieldType.FormerIds => new JsonObject { ["type"] = "array", ["items"] = IdSchema() },
        FieldType.TextList => new JsonObject { ["type"] = "array", ["items"] = TextSchema() },
        FieldType.ObjectList => new JsonObject { ["type"] = "array", ["items"] = ObjectSchema(field.ItemFields) },
        _ => [],
    };

    private static JsonObject TextSchema() => new()
    {
        ["type"] = new JsonArray("string", "number", "boolean"),
        ["pattern"] = @"\S",
    };

    private static JsonObject IdSchema() => new() { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" };
}
