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

        var all = ContentWalker.Walk(root, sink).Where(f => IsYaml(f.Relative)).ToList();
        var handbook = all.FirstOrDefault(f => f.Relative == KindCatalog.HandbookFile);
        if (handbook.FullPath is not null)
        {
            files.Add(new ContentFile(KindCatalog.Handbook, "handreiking", KindCatalog.HandbookFile, handbook.FullPath));
        }
        else
        {
            sink.Error(DiagnosticCodes.MissingContent, SourceLocation.StartOf(KindCatalog.HandbookFile),
                $"Het bestand '{KindCatalog.HandbookFile}' ontbreekt in de map met inhoud.",
                "Maak 'handreiking.yml' met ten minste titel, taal, versiedatum, basis-url en inleiding.");
        }

        foreach (var (name, _) in all.Where(f => !f.Relative.Contains('/', StringComparison.Ordinal) && f.Relative != KindCatalog.HandbookFile))
        {
            sink.Error(DiagnosticCodes.UnknownFolder, SourceLocation.StartOf(name),
                $"'{name}' staat los in de map met inhoud; alleen '{KindCatalog.HandbookFile}' hoort daar.",
                $"Zet het bestand in de map van zijn soort: {string.Join(", ", KindCatalog.FolderKinds.Select(k => k.Folder + "/"))}.");
        }

        var known = KindCatalog.FolderKinds.ToDictionary(k => k.Folder, StringComparer.Ordinal);
        var byFolder = all.Where(f => f.Relative.Contains('/', StringComparison.Ordinal))
            .GroupBy(f => f.Relative[..f.Relative.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byFolder)
        {
            var folder = group.Key;
            if (!known.TryGetValue(folder, out var kind))
            {
                foreach (var (relative, _) in group)
                {
                    var suggestion = Suggestions.Closest(folder, known.Keys);
                    sink.Error(DiagnosticCodes.UnknownFolder, SourceLocation.StartOf(relative),
                        $"De map '{folder}/' hoort niet bij de inhoud, dus dit bestand wordt niet gelezen.",
                        suggestion is not null
                            ? $"Bedoelt u '{suggestion}/'? Verplaats het bestand daarheen."
                            : $"Zet het bestand in een van deze mappen: {string.Join(", ", known.Keys.Select(k => k + "/"))}.");
                }

                continue;
            }

            AddKindFiles(kind, [.. group], files, sink);
        }

        return files;
    }

    private static void AddKindFiles(KindSpec kind, List<(string Relative, string FullPath)> yamlFiles, List<ContentFile> files, DiagnosticSink sink)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, file) in yamlFiles)
        {
            if (relative.Count(c => c == '/') != 1)
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

    private static bool IsYaml(string path) =>
        YamlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
