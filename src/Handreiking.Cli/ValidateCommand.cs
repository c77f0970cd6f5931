using System.CommandLine;
using Handreiking.Core.Diagnostics;
using Handreiking.Core.Loading;
using Handreiking.Site;

namespace Handreiking.Cli;

/// <summary>
/// <c>handreiking validate [--content map] [--format github] [--baseline versie]</c>: every content
/// problem, one per line, then a summary. Also checks that no published page disappears without
/// its id in <c>vorige-ids</c>, against the files git has at the baseline.
/// </summary>
internal static class ValidateCommand
{
    public const string DefaultBaseline = "HEAD";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var content = ContentOption.Create();
        var folder = new Argument<string?>("map")
        {
            Description = "De map met de inhoud; hetzelfde als --content.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "text: één regel per probleem (bestand:regel:kolom). github: meldingen die GitHub bij de regel in een pull request toont.",
            HelpName = "vorm",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var baseline = new Option<string?>("--baseline")
        {
            Description = $"De gepubliceerde git-versie: een pagina die daar bestond en nu weg is zonder 'vorige-ids', is een fout. Standaard: {DefaultBaseline} (als git er is).",
            HelpName = "versie",
        };
        var theme = new Option<string>("--theme")
        {
            Description = "De map met het thema; daarmee worden ook de links tussen de pagina's gecontroleerd (zoals bij build).",
            HelpName = "map",
            DefaultValueFactory = _ => "theme",
        };
        var command = new Command("validate", "Controleer de inhoud: elke fout met bestand, regel, kolom en een tip.") { folder, content, format, baseline, theme };
        command.SetAction(parse =>
        {
            var fromOption = parse.GetResult(content) is { Implicit: false } ? parse.GetValue(content) : null;
            var fromArgument = parse.GetValue(folder);
            if (fromOption is not null && fromArgument is not null && fromOption != fromArgument)
            {
                errors.WriteLine($"Twee mappen: '{fromArgument}' en --content '{fromOption}'. Geef de map één keer, met --content.");
                return 1;
            }

            return Run(fromOption ?? fromArgument ?? ContentOption.Default, parse.GetValue(format) == "github", parse.GetValue(baseline), output, parse.GetValue(theme));
        });
        return command;
    }

    public static int Run(string folder, bool github, string? baseline, TextWriter output, string? themeFolder = null)
    {
        var result = new HandbookLoader().Load(folder);
        var diagnostics = result.Diagnostics.ToList();
        string? skipped = null;
        var unplaced = new List<string>();
        if (!result.HasErrors && themeFolder is not null && Directory.Exists(Path.Combine(themeFolder, "layouts")))
        {
            // Links between pages can only be checked on the pages: render them in memory (templates
            // only, nothing installed or written), as build would, so that what validate accepts, build renders.
            var check = new SiteBuilder(new SiteOptions { ContentDirectory = folder, ThemeDirectory = themeFolder, OutputDirectory = string.Empty }).Check();
            diagnostics.AddRange(check.Diagnostics);
            unplaced.AddRange(check.BrokenLinks.Select(l => $"kapotte link op {l.Page}: {l.Target}: {l.Reason}"));
            if (check.Error is not null)
            {
                unplaced.Add(check.Error);
            }
        }

        if (!result.Diagnostics.Any(d => d.Code == DiagnosticCodes.MissingContent))
        {
            var (files, problem) = PublishedFiles.Read(folder, baseline ?? DefaultBaseline);
            if (files is not null)
            {
                diagnostics = [.. diagnostics.Concat(PublishedPageCheck.Check(result, files))
                    .OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
            }
            else if (baseline is not null)
            {
                // Asked for explicitly: say the check did not run. Without git (a download of the repository) it is quietly left out.
                skipped = $"Niet gecontroleerd of gepubliceerde pagina's verdwijnen: {problem}";
            }
        }

        diagnostics = [.. diagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
        var relative = github ? GitHubAnnotations.RepositoryRelative(folder) : folder;
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(github ? GitHubAnnotations.Format(diagnostic, relative) : diagnostic.Format(folder));
        }

        foreach (var line in unplaced)
        {
            output.WriteLine(github ? GitHubAnnotations.Error(line) : Printable.Escape(line));
        }

        if (skipped is not null)
        {
            output.WriteLine(github ? GitHubAnnotations.Warning(skipped) : "Let op: " + skipped);
        }

        output.WriteLine(Summary(diagnostics, result.FileCount));
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || unplaced.Count > 0 ? 1 : 0;
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
