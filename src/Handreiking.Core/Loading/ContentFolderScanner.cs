using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Finds the content files in a content folder, in a stable order, and reports files that are
/// in the wrong place or have a name that is not an id.
/// </summary>
internal static class ContentFolderScanner
{
    private static readonly string[] YamlExtensions = [".yml", ".yaml"];

    public static IReadOnlyList<ContentFile> Scan(string root, DiagnosticSink sink)
    {
        var files = new List<ContentFile>();
        if (!Directory.Exists(root))
        {
            sink.Error(DiagnosticCodes.MissingContent, SourceLocation.StartOf(KindCatalog.HandbookFile),
                $"De map met inhoud '{root}' bestaat niet.",
                "Geef de map met de inhoud op, bijvoorbeeld 'handreiking validate content'.");
            return files;
        }

        var handbookPath = Path.Combine(root, KindCatalog.HandbookFile);
        if (File.Exists(handbookPath))
        {
            files.Add(new ContentFile(KindCatalog.Handbook, "handreiking", KindCatalog.HandbookFile, handbookPath));
        }
        else
        {
            sink.Error(DiagnosticCodes.MissingContent, SourceLocation.StartOf(KindCatalog.HandbookFile),
                $"Het bestand '{KindCatalog.HandbookFile}' ontbreekt in de map met inhoud.",
                "Maak 'handreiking.yml' met ten minste titel, taal, versiedatum, basis-url en inleiding.");
        }

        foreach (var file in YamlFilesIn(root).Where(f => !string.Equals(Path.GetFileName(f), KindCatalog.HandbookFile, StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(file);
            sink.Error(DiagnosticCodes.UnknownFolder, SourceLocation.StartOf(name),
                $"'{name}' staat los in de map met inhoud; alleen '{KindCatalog.HandbookFile}' hoort daar.",
                $"Zet het bestand in de map van zijn soort: {string.Join(", ", KindCatalog.FolderKinds.Select(k => k.Folder + "/"))}.");
        }

        var known = KindCatalog.FolderKinds.ToDictionary(k => k.Folder, StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(directory);
            if (folder.StartsWith('.'))
            {
                continue;
            }

            var yamlFiles = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(IsYaml)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (!known.TryGetValue(folder, out var kind))
            {
                foreach (var file in yamlFiles)
                {
                    var relative = Relative(root, file);
                    var suggestion = Suggestions.Closest(folder, known.Keys);
                    sink.Error(DiagnosticCodes.UnknownFolder, SourceLocation.StartOf(relative),
                        $"De map '{folder}/' hoort niet bij de inhoud, dus dit bestand wordt niet gelezen.",
                        suggestion is not null
                            ? $"Bedoelt u '{suggestion}/'? Verplaats het bestand daarheen."
                            : $"Zet het bestand in een van deze mappen: {string.Join(", ", known.Keys.Select(k => k + "/"))}.");
                }

                continue;
            }

            AddKindFiles(root, kind, yamlFiles, files, sink);
        }

        return files;
    }

    private static void AddKindFiles(string root, KindSpec kind, List<string> yamlFiles, List<ContentFile> files, DiagnosticSink sink)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in yamlFiles)
        {
            var relative = Relative(root, file);
            if (Path.GetDirectoryName(file) != Path.Combine(root, kind.Folder))
            {
                sink.Error(DiagnosticCodes.UnknownFolder, SourceLocation.StartOf(relative),
                    $"Dit bestand staat in een submap van '{kind.Folder}/' en wordt niet gelezen.",
                    $"Zet het bestand direct in '{kind.Folder}/'.");
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(file);
            if (!FieldReader.IdPattern().IsMatch(id))
            {
                sink.Error(DiagnosticCodes.InvalidId, SourceLocation.StartOf(relative),
                    $"De bestandsnaam '{Path.GetFileName(file)}' is geen geldige id.",
                    $"Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{FieldReader.IdSuggestion(id)}.yml'.");
                continue;
            }

            if (ids.TryGetValue(id, out var first))
            {
                sink.Error(DiagnosticCodes.DuplicateId, SourceLocation.StartOf(relative),
                    $"De id '{id}' bestaat al: '{first}' heeft dezelfde naam.",
                    "Geef een van de twee bestanden een andere naam, of voeg ze samen.");
                continue;
            }

            ids.Add(id, relative);
            files.Add(new ContentFile(kind, id, relative, file));
        }
    }

    private static IEnumerable<string> YamlFilesIn(string directory) =>
        Directory.EnumerateFiles(directory).Where(IsYaml).Order(StringComparer.Ordinal);

    private static bool IsYaml(string path) =>
        YamlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
