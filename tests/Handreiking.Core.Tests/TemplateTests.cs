using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Tests;

/// <summary>The templates for editors and the table of keys in CONTRIBUTING.md follow the key descriptions.</summary>
public class TemplateTests
{
    public static TheoryData<ContentKind> Kinds() => [.. ContentTemplates.Kinds];

    [Fact]
    public void The_committed_templates_are_current()
    {
        foreach (var (fileName, text) in ContentTemplates.GenerateAll())
        {
            var path = Path.Combine(RepositoryPaths.Root, "sjablonen", fileName);
            Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == text,
                $"sjablonen/{fileName} is out of date: run 'dotnet run --project src/Handreiking.Cli -- schema'.");
        }
    }

    [Fact]
    public void The_field_table_in_CONTRIBUTING_is_current()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md")).ReplaceLineEndings("\n");
        var updated = FieldReference.Update(guide);
        Assert.True(updated is not null, "CONTRIBUTING.md has lost the markers around its table of keys.");
        Assert.True(updated == guide, "The table of keys in CONTRIBUTING.md is out of date: run 'dotnet run --project src/Handreiking.Cli -- schema'.");
    }

    [Fact]
    public void A_changed_table_is_noticed()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md")).ReplaceLineEndings("\n");
        var edited = guide.Replace("| `titel` | ja |", "| `titel` | nee |", StringComparison.Ordinal);
        Assert.NotEqual(guide, edited);
        Assert.Equal(guide, FieldReference.Update(edited));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_empty_template_names_each_required_key_and_nothing_else(ContentKind kind)
    {
        using var content = new TempContent();
        var path = $"{ContentTemplates.Folder(kind)}/nieuw.yml";
        content.Write(path, ContentTemplates.Generate(kind));

        var diagnostics = content.Load().Diagnostics;

        Assert.All(diagnostics, d => Assert.Equal((path, DiagnosticCodes.EmptyText), (d.Location.File, d.Code)));
        var required = KindCatalog.Get(kind).Fields.Where(f => f.Required)
            .SelectMany(f => f.Type == FieldType.ObjectList ? f.ItemFields.Where(i => i.Required).Select(i => i.Key) : [f.Key]);
        Assert.Equal(required.Order(StringComparer.Ordinal), diagnostics.Select(d => d.Message.Split('\'')[1]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_template_with_its_required_keys_filled_in_validates(ContentKind kind)
    {
        using var content = new TempContent();
        var path = $"{ContentTemplates.Folder(kind)}/nieuw.yml";
        content.Write(path, TemplateFiller.Fill(ContentTemplates.Generate(kind, "Taalcafé"), ("er-op-af", "succesverhalen"), "bzk-2011", "bereik"));

        var result = content.Load();

        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Handbook.AllItems, i => i.Id == "nieuw" && i.Kind == kind && i.Title == "Taalcafé");
    }

    [Theory]
    [InlineData("Taalcafé in de bibliotheek", "Taalcafé in de bibliotheek")]
    [InlineData("Let op: taal", "\"Let op: taal\"")]
    [InlineData("2009", "\"2009\"")]
    [InlineData("ja", "ja")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("- Min", "\"- Min\"")]
    [InlineData("Een \"mooi\" project", "Een \"mooi\" project")]
    [InlineData("# Kop", "\"# Kop\"")]
    [InlineData("C:\\pad\\", "C:\\pad\\")]
    [InlineData("\"Citaat\" en zo", "\"\\\"Citaat\\\" en zo\"")]
    public void A_title_is_written_so_that_YAML_reads_it_back_as_the_same_text(string title, string written) =>
        Assert.Equal(written, ContentTemplates.Scalar(title));

    [Theory]
    [InlineData("Taalcafé in de bibliotheek", "taalcafe-in-de-bibliotheek")]
    [InlineData("  Eet Mee! (Utrecht) ", "eet-mee-utrecht")]
    [InlineData("Ouders & kind: samen", "ouders-kind-samen")]
    [InlineData("???", "")]
    public void The_id_is_made_from_the_title(string title, string id) =>
        Assert.Equal(id, ContentTemplates.Slug(title));
}
