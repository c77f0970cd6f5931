using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;
using Handreiking.Core.Schema;
using Handreiking.Core.Yaml;
using NJsonSchema;

namespace Handreiking.Core.Tests;

public partial class SchemaTests
{
    [Fact]
    public void Committed_schemas_match_the_generated_ones()
    {
        foreach (var (fileName, json) in JsonSchemaGenerator.GenerateAll())
        {
            var path = Path.Combine(RepositoryPaths.Schemas, fileName);
            Assert.True(File.Exists(path), $"{fileName} is missing: run 'dotnet run --project src/Handreiking.Cli -- schema'.");
            Assert.True(json == File.ReadAllText(path), $"{fileName} is out of date: run 'dotnet run --project src/Handreiking.Cli -- schema'.");
        }
    }

    public static TheoryData<string, string> Samples() => new()
    {
        // Valid samples.
        { "thema", "titel: Taal\nsamenvatting: Nederlands leren.\n" },
        { "thema", "titel: 2009\nsamenvatting: \"Een getal als titel mag: het is tekst.\"\n" },
        { "cluster", "titel: Bereik\nsamenvatting: Hoe.\nvolgorde: 2\n" },
        { "bron", "soort: website\ntitel: BZK\nurl: https://www.rijksoverheid.nl\njaar: 2011\nvermeld-in: bzk-2011\n" },
        { "praktijkvoorbeeld", SampleContent.Case },
        { "praktijkvoorbeeld", SampleContent.Case + "\nvorige-ids: [taalmarkt, taalmarkt-2009]\n" },
        { "handreiking", "titel: T\ntaal: nl\nversiedatum: 2026-11-24\nbasis-url: https://example.org\ninleiding: |\n  Tekst.\n" },
        { "doelgroep", "titel: Ouders\nsamenvatting: Ouders.\nwijkgericht: false\nkenmerken: [a, b]\n" },
        { "stap", "nummer: 1\ntitel: S\nsamenvatting: S.\nuitleg: U.\nlijsten:\n  - titel: L\n    checklist: true\n    items: [a]\nbronnen:\n  - bron: bzk-2011\n" },
        { "begrip", "term: vve\nuitleg: Spelend leren.\nsynoniemen: [VVE]\nland: NL\nbronnen:\n  - bron: bzk-2011\n    sectie: Methode 4\n" },

        // Invalid samples.
        { "thema", "titel: Taal\n" },
        { "begrip", "term: vve\nuitleg: Spelend leren.\n" },
        { "begrip", "term: vve\nuitleg: Spelend leren.\nland: Nederland\nbronnen:\n  - bron: bzk-2011\n" },
        { "begrip", "term: vve\nuitleg: Spelend leren.\nsynoniemen: VVE\nbronnen:\n  - bron: bzk-2011\n" },
        { "thema", "titel: Taal\nsamenvatting: Een.\nfoo: bar\n" },
        { "thema", "titel: [Taal]\nsamenvatting: Een.\n" },
        { "thema", "titel: \"\"\nsamenvatting: Een.\n" },
        { "thema", "titel: \"   \"\nsamenvatting: Een.\n" },
        { "thema", "titel:\nsamenvatting: Een.\n" },
        { "cluster", "titel: Bereik\nsamenvatting: Hoe.\nvolgorde: twee\n" },
        { "cluster", "titel: Bereik\nsamenvatting: Hoe.\nvolgorde: \"2\"\n" },
        { "bron", "soort: boek\ntitel: B\n" },
        { "bron", "soort: website\ntitel: B\nurl: www.rijksoverheid.nl\n" },
        { "bron", "soort: website\ntitel: B\njaar: 211\n" },
        { "bron", "soort: website\ntitel: B\nvermeld-in: BZK 2011\n" },
        { "praktijkvoorbeeld", SampleContent.Case.Replace("land: NL", "land: Nederland") },
        { "praktijkvoorbeeld", SampleContent.Case.Replace("themas: [taal]", "themas: taal") },
        { "praktijkvoorbeeld", SampleContent.Case.Replace("    url: https", "    adres: https") },
        { "praktijkvoorbeeld", SampleContent.Case.Replace("  - bron: bzk-2011\n", "  - bzk-2011\n").Replace("    sectie: \"Succesfactoren\"", string.Empty) },
        { "praktijkvoorbeeld", SampleContent.Case + "\nvorige-ids: [Taalmarkt]\n" },
        { "praktijkvoorbeeld", SampleContent.Case + "\nvorige-ids: taalmarkt\n" },
        { "thema", "titel: Taal\nsamenvatting: Een.\nvorige-ids: [nederlands]\n" },
        { "handreiking", "titel: T\ntaal: nl\nversiedatum: 24-11-2026\nbasis-url: https://example.org\ninleiding: Tekst.\n" },
        { "doelgroep", "titel: Ouders\nsamenvatting: Ouders.\nwijkgericht: ja\n" },
        { "stap", "nummer: 1\ntitel: S\nsamenvatting: S.\nuitleg: U.\nlijsten:\n  - titel: L\n    items: a\nbronnen:\n  - bron: bzk-2011\n" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Schema_and_loader_accept_and_reject_the_same_samples(string kindName, string yaml)
    {
        var spec = KindCatalog.All.Single(k => k.Name == kindName);
        var sink = new DiagnosticSink();
        var root = YamlFileReader.Parse(yaml, "sample.yml", sink);
        Assert.Empty(sink.Items);
        new FieldReader(sink).Read((YMapping)root!, spec.Fields, kindName);
        var loaderAccepts = sink.Items.Count == 0;

        var schema = await JsonSchema.FromJsonAsync(JsonSchemaGenerator.Generate(spec.Kind));
        var schemaErrors = schema.Validate(ToJson(root!)!.ToJsonString());
        var schemaAccepts = schemaErrors.Count == 0;

        Assert.True(loaderAccepts == schemaAccepts,
            $"loader {(loaderAccepts ? "accepts" : "rejects: " + string.Join("; ", sink.Items.Select(d => d.Message)))}, " +
            $"schema {(schemaAccepts ? "accepts" : "rejects: " + string.Join("; ", schemaErrors.Select(e => e.ToString())))}");
    }

    [Fact]
    public void Every_content_file_names_its_schema_on_the_first_line()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Content, file).Replace('\\', '/');
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : string.Empty;
            var spec = KindCatalog.All.Single(k => k.Folder == folder);
            var prefix = folder.Length == 0 ? "../" : "../../";
            var expected = $"# yaml-language-server: $schema={prefix}src/Handreiking.Core/Schemas/{spec.Name}.schema.json";
            Assert.True(File.ReadLines(file).First() == expected, $"{relative}: first line should be '{expected}'");
        }
    }

    /// <summary>Converts a YAML tree to JSON the way the YAML language server does (YAML 1.2 core schema).</summary>
    private static JsonNode? ToJson(YNode node) => node switch
    {
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YScalar { IsNull: true } => null,
        YScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YScalar { IsPlain: true } s when IntegerPattern().IsMatch(s.Value) => JsonValue.Create(long.Parse(s.Value, CultureInfo.InvariantCulture)),
        YScalar { IsPlain: true } s when FloatPattern().IsMatch(s.Value) => JsonValue.Create(double.Parse(s.Value, CultureInfo.InvariantCulture)),
        YScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
