using System.CommandLine;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;

namespace Handreiking.Cli;

/// <summary><c>handreiking validate [content-folder]</c>: every content problem, one per line, then a summary.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = new Argument<string>("content-folder")
        {
            Description = "De map met de inhoud (standaard: content).",
            DefaultValueFactory = _ => "content",
        };
        var command = new Command("validate", "Controleer de inhoud: elke fout met bestand, regel, kolom en een tip.") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!, output));
        return command;
    }

    public static int Run(string folder, TextWriter output)
    {
        var result = new HandbookLoader().Load(folder);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(folder));
        }

        output.WriteLine(Summary(result));
        return result.HasErrors ? 1 : 0;
    }

    private static string Summary(LoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var files = result.Diagnostics.Select(d => d.Location.File).Distinct(StringComparer.Ordinal).Count();
        var read = $"{result.FileCount} {(result.FileCount == 1 ? "bestand" : "bestanden")} gelezen";
        if (result.Diagnostics.Count == 0)
        {
            return $"Geen fouten: {read}.";
        }

        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add($"{errors} {(errors == 1 ? "fout" : "fouten")}");
        }

        if (warnings > 0)
        {
            parts.Add($"{warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}");
        }

        return $"{string.Join(" en ", parts)} in {files} {(files == 1 ? "bestand" : "bestanden")} ({read}).";
    }
}
