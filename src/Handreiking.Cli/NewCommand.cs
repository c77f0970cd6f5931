using System.CommandLine;
using Handreiking.Core.Schema;

namespace Handreiking.Cli;

/// <summary>
/// <c>handreiking new case "Titel"</c>: starts a content file from the commented template of its
/// kind (the same one as in <c>sjablonen/</c>), with the title filled in. Never overwrites.
/// </summary>
internal static class NewCommand
{
    /// <summary>The kinds by the words an editor may type: English as in the other commands, or the Dutch name.</summary>
    private static readonly IReadOnlyDictionary<string, ContentKind> Kinds = new Dictionary<string, ContentKind>(StringComparer.Ordinal)
    {
        ["case"] = ContentKind.Case,
        ["factor"] = ContentKind.SuccessFactor,
        ["method"] = ContentKind.Method,
        ["source"] = ContentKind.Source,
        [ContentTemplates.Name(ContentKind.Case)] = ContentKind.Case,
        [ContentTemplates.Name(ContentKind.SuccessFactor)] = ContentKind.SuccessFactor,
        [ContentTemplates.Name(ContentKind.Method)] = ContentKind.Method,
        [ContentTemplates.Name(ContentKind.Source)] = ContentKind.Source,
    };

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var kind = new Argument<string>("soort")
        {
            Description = "case (praktijkvoorbeeld), factor (succesfactor), method (methode) of source (bron).",
        };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var title = new Argument<string>("titel") { Description = "De titel; de bestandsnaam (de id) wordt ervan gemaakt." };
        var content = ContentOption.Create();
        var id = new Option<string?>("--id") { Description = "Een eigen id (bestandsnaam zonder .yml) in plaats van een id uit de titel." };
        var command = new Command("new", "Begin een nieuw bestand met een ingevuld sjabloon, bijvoorbeeld: handreiking new case \"Taalcafé in de bibliotheek\".")
        {
            kind, title, content, id,
        };
        command.SetAction(parse => Run(Kinds[parse.GetValue(kind)!], parse.GetValue(title)!, parse.GetValue(content)!, parse.GetValue(id), output, errors));
        return command;
    }

    public static int Run(ContentKind kind, string title, string contentFolder, string? id, TextWriter output, TextWriter errors)
    {
        var name = ContentTemplates.Name(kind);
        id ??= ContentTemplates.Slug(title);
        if (id.Length == 0 || ContentTemplates.Slug(id) != id)
        {
            errors.WriteLine($"Van '{title}' kan geen id gemaakt worden. Geef een titel met letters, of kies een id met --id (kleine letters, cijfers en streepjes).");
            return 1;
        }

        if (!Directory.Exists(contentFolder))
        {
            errors.WriteLine($"De map '{contentFolder}' bestaat niet. Start de opdracht in de hoofdmap van de repository, of geef de inhoudsmap met --content.");
            return 1;
        }

        var folder = Path.Combine(contentFolder, ContentTemplates.Folder(kind));
        var path = Path.Combine(folder, id + ".yml");
        var existing = new[] { path, Path.ChangeExtension(path, ".yaml") }.FirstOrDefault(File.Exists);
        if (existing is not null)
        {
            errors.WriteLine($"{Shown(existing)} bestaat al; er is niets veranderd. Kies een andere titel, of een eigen id met --id.");
            return 1;
        }

        try
        {
            Directory.CreateDirectory(folder);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(ContentTemplates.Generate(kind, title));
        }
        catch (IOException) when (File.Exists(path))
        {
            errors.WriteLine($"{Shown(path)} bestaat al; er is niets veranderd. Kies een andere titel, of een eigen id met --id.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{Shown(path)} kon niet geschreven worden: {e.Message}");
            return 1;
        }

        output.WriteLine($"Nieuw {name}: {Shown(path)}");
        output.WriteLine("Zo gaat u verder:");
        output.WriteLine("  1. Vul in het bestand elke sleutel in waar VERPLICHT boven staat. De uitleg staat erboven.");
        output.WriteLine($"  2. Controleer het: dotnet run --project src/Handreiking.Cli -- validate{(contentFolder == ContentOption.Default ? string.Empty : " --content " + contentFolder)}");
        output.WriteLine("  3. Bekijk de pagina: dotnet run --project src/Handreiking.Cli -- serve");
        output.WriteLine("Meer uitleg staat in CONTRIBUTING.md.");
        return 0;
    }

    private static string Shown(string path) => path.Replace('\\', '/');
}
