using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Handreiking.Site;

namespace Handreiking.Cli;

/// <summary><c>handreiking build</c>: the whole website into an output folder, replaced only when everything succeeded.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var folders = new SiteFolderOptions();
        var baseUrl = new Option<string?>("--base-url") { Description = "Het adres van de website (anders basis-url uit handreiking.yml).", HelpName = "url" };
        var noSearch = new Option<bool>("--no-search") { Description = "Maak geen zoekindex." };
        var verbose = new Option<bool>("--verbose") { Description = "Toon elke stap van de bouw, met de tijd die hij kostte." };
        var pdf = new Option<bool>("--pdf") { Description = "Maak ook een PDF van elke checklist, met Chromium (zonder Chromium: overgeslagen, met een melding)." };
        var command = new Command("build", "Maak de website van de inhoud en het thema.") { baseUrl, noSearch, pdf, verbose };
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new SiteOptions
            {
                ContentDirectory = parse.GetValue(folders.Content)!,
                ThemeDirectory = parse.GetValue(folders.Theme)!,
                OutputDirectory = parse.GetValue(folders.Output)!,
                BaseUrl = parse.GetValue(baseUrl),
                Search = !parse.GetValue(noSearch),
                Pdf = parse.GetValue(pdf),
            };
            return Run(options, parse.GetValue(verbose), output, errors);
        });
        return command;
    }

    public static int Run(SiteOptions options, bool verbose, TextWriter output, TextWriter errors)
    {
        var watch = Stopwatch.StartNew();

        // Routine output is the result line; --verbose adds each stage and its time.
        var result = new SiteBuilder(options, verbose ? output.WriteLine : null).Build();
        BuildReport.Write(result, options.ContentDirectory, output, errors);
        foreach (var message in result.Messages)
        {
            output.WriteLine(message);
        }

        if (result.Success)
        {
            output.WriteLine($"Klaar in {watch.Elapsed.TotalSeconds:F1} s: {result.PageCount} pagina's, {result.FileCount} bestanden in {options.OutputDirectory}.");
            if (verbose)
            {
                // The figures a profile starts from: where time went besides the stages themselves.
                using var process = Process.GetCurrentProcess();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  proces: {process.TotalProcessorTime.TotalSeconds:F1} s processortijd, {process.PeakWorkingSet64 / (1024 * 1024)} MB piekgeheugen, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} keer geheugen opgeruimd (generatie 0/1/2, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms pauze)"));
            }

            return 0;
        }

        errors.WriteLine($"De website is niet gebouwd; {options.OutputDirectory} is niet veranderd.");
        return 1;
    }
}
