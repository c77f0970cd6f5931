using System.CommandLine;
using Handreiking.Core.Schema;

namespace Handreiking.Cli;

/// <summary><c>handreiking schema [--out folder]</c>: writes the JSON Schema of every content kind, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var outOption = new Option<string>("--out")
        {
            Description = "Map voor de schema's.",
            DefaultValueFactory = _ => Path.Combine("src", "Handreiking.Core", "Schemas"),
        };
        var command = new Command("schema", "Schrijf de JSON Schema's van alle soorten inhoud (voor VS Code).") { outOption };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outOption)!;
            var schemas = JsonSchemaGenerator.GenerateAll();
            try
            {
                Directory.CreateDirectory(folder);
                foreach (var (fileName, json) in schemas)
                {
                    File.WriteAllText(Path.Combine(folder, fileName), json);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"De schema's konden niet geschreven worden naar '{folder}': {e.Message}");
                return 1;
            }

            output.WriteLine($"{schemas.Count} schema's geschreven naar {folder}.");
            return 0;
        });
        return command;
    }
}
