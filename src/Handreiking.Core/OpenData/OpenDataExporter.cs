using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;
using Handreiking.Core.Schema;
using Handreiking.Core.Yaml;

namespace Handreiking.Core.OpenData;

/// <summary>
/// Exports a content folder as one JSON document (open data): the handbook's own keys, then one
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

    /// <summary>The JSON text of the content folder; call it on content that validates clean.</summary>
    /// <param name="contentDirectory">The content folder.</param>
    public static string Export(string contentDirectory)
    {
        var sink = new DiagnosticSink();
        var files = ContentFolderScanner.Scan(contentDirectory, sink);
        var root = new JsonObject();
        var handbook = files.FirstOrDefault(f => f.Kind.Kind == ContentKind.Handbook);
        root["handreiking"] = handbook is null ? new JsonObject() : Item(handbook, sink, withId: false);
        foreach (var kind in KindCatalog.FolderKinds)
        {
            root[kind.Folder] = new JsonArray([.. files.Where(f => f.Kind == kind).OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => (JsonNode)Item(f, sink, withId: true))]);
        }

        return root.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Item(ContentFile file, DiagnosticSink sink, bool withId)
    {
        var item = new JsonObject();
        if (withId)
        {
            item["id"] = file.Id;
        }

        if (YamlFileReader.Read(File.ReadAllBytes(file.FullPath), file.RelativePath, sink) is YMapping mapping)
        {
            AddFields(item, mapping, file.Kind.Fields);
        }

        return item;
    }

    private static void AddFields(JsonObject target, YMapping mapping, IReadOnlyList<FieldSpec> fields)
    {
        foreach (var field in fields)
        {
            var entry = mapping.Entries.FirstOrDefault(e => e.Key.Value == field.Key);
            if (entry.Key is not null && Value(field, entry.Value) is { } value)
            {
                target[field.Key] = value;
            }
        }
    }

    private static JsonNode? Value(FieldSpec field, YNode node) => (field.Type, node) switch
    {
        (FieldType.Integer or FieldType.Year, YScalar s) when int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        (FieldType.Boolean, YScalar s) => JsonValue.Create(s.Value == "true"),
        (FieldType.TextList or FieldType.ReferenceList, YSequence list) => new JsonArray([.. list.Items.OfType<YScalar>().Select(i => (JsonNode)JsonValue.Create(i.Value.Trim()))]),
        (FieldType.ObjectList, YSequence list) => new JsonArray([.. list.Items.OfType<YMapping>().Select(m =>
        {
            var o = new JsonObject();
            AddFields(o, m, field.ItemFields);
            return (JsonNode)o;
        })]),
        (_, YScalar s) => JsonValue.Create(field.Type == FieldType.Markdown ? s.Value.TrimEnd() : s.Value.Trim()),
        _ => null,
    };
}
