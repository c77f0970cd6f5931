using System.CommandLine;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;
using Handreiking.Site;

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
        var theme = new Option<string>("--theme")
        {
            Description = "De map met het thema; daarmee worden ook de links tussen de pagina's gecontroleerd.",
            DefaultValueFactory = _ => "theme",
        };
        var command = new Command("validate", "Controleer de inhoud: elke fout met bestand, regel, kolom en een tip.") { folder, theme };
        command.SetAction(parse => Run(parse.GetValue(folder)!, output, parse.GetValue(theme)));
        return command;
    }

    public static int Run(string folder, TextWriter output, string? themeFolder = null)
    {
        var result = new HandbookLoader().Load(folder);
        IReadOnlyList<Diagnostic> diagnostics = result.Diagnostics;
        var brokenLinks = new List<string>();
        if (!result.HasErrors && themeFolder is not null && Directory.Exists(Path.Combine(themeFolder, "layouts")))
        {
            // Links between pages can only be checked on the pages: render them in memory, as build would.
            var check = new SiteBuilder(new SiteOptions { ContentDirectory = folder, ThemeDirectory = themeFolder, OutputDirectory = string.Empty }).Check();
            diagnostics = [.. diagnostics.Concat(check.Diagnostics)
                .OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
            brokenLinks.AddRange(check.BrokenLinks.Select(l => $"kapotte link op {l.Page}: {l.Target}: {l.Reason}"));
            if (check.Error is not null)
            {
                brokenLinks.Add(check.Error);
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.Format(folder));
        }

        brokenLinks.ForEach(line => output.WriteLine(Printable.Escape(line)));
        output.WriteLine(Summary(diagnostics, result.FileCount));
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || brokenLinks.Count > 0 ? 1 : 0;
    }

    private static string Summary(IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Location.File).Distinct(StringComparer.Ordinal).Count();
        var read = $"{fileCount} {(fileCount == 1 ? "bestand" : "bestanden")} gelezen";
        if (diagnostics.Count == 0)
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
