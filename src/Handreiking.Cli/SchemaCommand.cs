using System.CommandLine;
using Handreiking.Core.Schema;

namespace Handreiking.Cli;

/// <summary>
/// <c>handreiking schema</c>: writes everything that follows from the description of the content
/// keys: the JSON Schemas (for VS Code), the templates in <c>sjablonen/</c> and the table of keys in
/// CONTRIBUTING.md. Tests fail when a committed one is out of date.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var outOption = new Option<string>("--out")
        {
            Description = "Map voor de JSON Schema's.",
            HelpName = "map",
            DefaultValueFactory = _ => Path.Combine("src", "Handreiking.Core", "Schemas"),
        };
        var templates = new Option<string>("--templates")
        {
            Description = "Map voor de sjablonen.",
            HelpName = "map",
            DefaultValueFactory = _ => "sjablonen",
        };
        var guide = new Option<string>("--guide")
        {
            Description = "De gids voor redacteuren met de veldentabel.",
            HelpName = "bestand",
            DefaultValueFactory = _ => "CONTRIBUTING.md",
        };
        var command = new Command("schema", "Schrijf de JSON Schema's, de sjablonen en de veldentabel in CONTRIBUTING.md opnieuw.") { outOption, templates, guide };
        command.SetAction(parse => Run(parse.GetValue(outOption)!, parse.GetValue(templates)!, parse.GetValue(guide)!, output, errors));
        return command;
    }

    private static int Run(string schemaFolder, string templateFolder, string guide, TextWriter output, TextWriter errors)
    {
        var schemas = JsonSchemaGenerator.GenerateAll();
        var templates = ContentTemplates.GenerateAll();
        try
        {
            var updated = File.Exists(guide) ? FieldReference.Update(File.ReadAllText(guide)) : null;
            if (updated is null)
            {
                errors.WriteLine($"In '{guide}' staat geen veldentabel tussen de regels '{FieldReference.BeginMarker}' en '{FieldReference.EndMarker}'; er is niets geschreven.");
                return 1;
            }

            Write(schemaFolder, schemas);
            Write(templateFolder, templates);
            File.WriteAllText(guide, updated);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"Niet alles kon geschreven worden: {e.Message}");
            return 1;
        }

        output.WriteLine($"{schemas.Count} schema's naar {schemaFolder}, {templates.Count} sjablonen naar {templateFolder} en de veldentabel in {guide} geschreven.");
        return 0;
    }

    private static void Write(string folder, IReadOnlyList<(string FileName, string Text)> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var (fileName, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, fileName), text);
        }
    }
}
