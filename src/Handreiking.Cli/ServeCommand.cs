using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Handreiking.Cli.Serve;
using Handreiking.Site;

namespace Handreiking.Cli;

/// <summary>
/// <c>handreiking serve</c>: builds, serves the site on http://localhost:5080, watches content and
/// theme, re-renders only what an edit affects and reloads the browser. A content error shows in
/// the terminal and in the browser, while the last good site stays served.
/// </summary>
internal static class ServeCommand
{
    private static readonly TimeSpan SearchIndexDelay = TimeSpan.FromMilliseconds(500);

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var folders = new SiteFolderOptions();
        var port = new Option<int>("--port") { Description = "De poort op localhost.", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Bouw de website, toon haar op http://localhost:5080 en bouw opnieuw bij elke wijziging.") { port };
        folders.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new SiteOptions
            {
                ContentDirectory = parse.GetValue(folders.Content)!,
                ThemeDirectory = parse.GetValue(folders.Theme)!,
                OutputDirectory = parse.GetValue(folders.Output)!,
                KeepForRebuilds = true,
            };
            return await RunAsync(options, parse.GetValue(port), output, errors, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(SiteOptions options, int port, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        if (Site.Output.OutputFolder.Refusal(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory) is { } refusal)
        {
            errors.WriteLine(Core.Diagnostics.Printable.Escape(refusal));
            return 1;
        }

        var hub = new LiveReloadHub();
        var builder = new SiteBuilder(options, output.WriteLine);
        var contentRoot = Path.GetFullPath(options.ContentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var themeRoot = Path.GetFullPath(options.ThemeDirectory).TrimEnd(Path.DirectorySeparatorChar);

        var first = Stopwatch.StartNew();
        Report(builder.Build(), options, output, errors, hub, first);

        // Runs on the queue's one consumer: never two rebuilds at once, never on a watcher thread.
        bool OnChange(IReadOnlyCollection<string> paths)
        {
            var watch = Stopwatch.StartNew();
            var themeChanged = paths.Any(p => p.StartsWith(themeRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            var changed = paths
                .Where(p => p.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal) || Directory.Exists(p) || !File.Exists(p))
                .Select(p => Path.GetRelativePath(contentRoot, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (changed.Count == 0 && !themeChanged)
            {
                return false; // an editor's temporary file, a README: nothing the site shows
            }

            output.WriteLine(Core.Diagnostics.Printable.Escape($"Gewijzigd: {string.Join(", ", changed.Concat(themeChanged ? ["(thema)"] : []))}"));
            var result = builder.Rebuild(themeChanged);
            Report(result, options, output, errors, hub, watch);

            // A full build (theme change) indexed already; otherwise index once the browser has reloaded.
            return result.Success && !themeChanged;
        }

        void OnError(Exception e)
        {
            errors.WriteLine($"Onverwachte fout bij het bijwerken ({e.GetType().Name}): {Core.Diagnostics.Printable.Escape(e.Message)}");
            errors.WriteLine("De laatste goede versie blijft zichtbaar; serve gaat door met de volgende wijziging.");
            hub.Failed(JsonSerializer.Serialize(new
            {
                title = "Onverwachte fout",
                note = "De website toont nog de laatste goede versie.",
                messages = new[] { e.Message },
                close = "Sluiten",
            }));
        }

        void RefreshSearch()
        {
            var result = builder.RefreshSearchIndex();
            if (!result.Success && result.Error is not null)
            {
                errors.WriteLine(Core.Diagnostics.Printable.Escape(result.Error));
            }
        }

        await using var queue = new RebuildQueue(OnChange, RefreshSearch, OnError, SearchIndexDelay);
        using var watcher = new ContentWatcher([options.ContentDirectory, options.ThemeDirectory], queue.Enqueue);
        await using var app = DevServer.Create(options.OutputDirectory, port, hub);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            errors.WriteLine($"De website kan niet op poort {port} getoond worden ({e.Message}). Kies een andere poort met --port.");
            return 1;
        }

        output.WriteLine($"De handreiking staat op http://localhost:{port}/ (stoppen: Ctrl+C).");
        // Ctrl+C reaches either the command line's token or the web host's own console handler.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static void Report(BuildResult result, SiteOptions options, TextWriter output, TextWriter errors, LiveReloadHub hub, Stopwatch watch)
    {
        BuildReport.Write(result, options.ContentDirectory, output, errors);
        if (result.Success)
        {
            output.WriteLine($"Gebouwd in {watch.ElapsedMilliseconds} ms: {result.RenderedPages.Count} pagina('s) vernieuwd.");
            hub.Reload();
            return;
        }

        errors.WriteLine("De website is niet bijgewerkt; de laatste goede versie blijft zichtbaar.");
        var messages = result.Diagnostics.Select(d => d.Format(options.ContentDirectory))
            .Concat(result.BrokenLinks.Select(l => $"{l.Page}: {l.Target}: {l.Reason}"))
            .Concat(result.Error is null ? [] : [result.Error])
            .ToList();
        hub.Failed(JsonSerializer.Serialize(new
        {
            title = "De inhoud heeft fouten",
            note = "De website toont nog de laatste goede versie. Los de fouten op en sla het bestand op.",
            messages,
            close = "Sluiten",
        }));
    }
}
