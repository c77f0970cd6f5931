using Handreiking.Core.Diagnostics;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Keeps published addresses working. Compares the loaded content with the content files of an
/// earlier, published version (for example the files git has at the base of a pull request) and
/// reports every item with a page of its own that disappeared while no item names its id in
/// <c>vorige-ids</c>: links to that page would break.
/// </summary>
public static class PublishedPageCheck
{
    /// <summary>
    /// The problems: an error (<see cref="DiagnosticCodes.RenamedWithoutFormerId"/>) on the new
    /// file when the item seems renamed, otherwise a warning
    /// (<see cref="DiagnosticCodes.PublishedPageRemoved"/>) on the old path.
    /// </summary>
    /// <param name="current">The content as it is now.</param>
    /// <param name="publishedFiles">The content files of the published version, relative to the content folder, with forward slashes.</param>
    public static IReadOnlyList<Diagnostic> Check(LoadResult current, IEnumerable<string> publishedFiles)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(publishedFiles);
        var kinds = KindCatalog.FolderKinds.Where(k => k.Fields.Contains(KindCatalog.FormerIds)).ToDictionary(k => k.Folder, StringComparer.Ordinal);
        var published = new Dictionary<(KindSpec Kind, string Id), string>();
        foreach (var path in publishedFiles.Order(StringComparer.Ordinal))
        {
            if (Parse(path, kinds) is { } item)
            {
                published.TryAdd(item, path);
            }
        }


        // A file that could not be read still exists: its problems carry its path.
        var filesWithProblems = current.Diagnostics.Select(d => d.Location.File).ToHashSet(StringComparer.Ordinal);
        var sink = new DiagnosticSink();
        foreach (var kind in kinds.Values)
        {
            var documents = current.Documents.Where(d => d.Kind == kind).ToList();
            var present = documents.Select(d => d.Id)
                .Concat(documents.SelectMany(d => d.Values.FormerIds(KindCatalog.FormerIds.Key).Select(f => f.Id)))
                .ToHashSet(StringComparer.Ordinal);
            var added = documents.Where(d => !published.ContainsKey((kind, d.Id))).ToDictionary(d => d.Id, StringComparer.Ordinal);
            var gone = published
                .Where(p => p.Key.Kind == kind && !present.Contains(p.Key.Id) && !filesWithProblems.Contains(p.Value))
                .Select(p => (p.Key.Id, Path: p.Value))
                .OrderBy(p => p.Id, StringComparer.Ordinal);
            foreach (var (id, path) in gone)
            {
                var renamedTo = Suggestions.Closest(id, added.Keys) ?? (added.Count == 1 ? added.Keys.Single() : null);
                if (renamedTo is not null)
                {
                    sink.Error(DiagnosticCodes.RenamedWithoutFormerId, SourceLocation.StartOf(added[renamedTo].File.RelativePath),
                        $"Dit {kind.Name} is nieuw en {path} is weg. Is '{id}' hernoemd naar '{renamedTo}'? Dan werken links naar de gepubliceerde pagina van '{id}' niet meer.",
                        $"Zet 'vorige-ids: [{id}]' in dit bestand: dan stuurt het oude adres door naar de nieuwe pagina.");
                }
                else
                {
                    sink.Warning(DiagnosticCodes.PublishedPageRemoved, SourceLocation.StartOf(path),
                        $"De pagina van {kind.Name} '{id}' is gepubliceerd, maar dit bestand is weg: links naar die pagina werken dan niet meer.",
                        $"Hernoemd? Zet 'vorige-ids: [{id}]' in het nieuwe bestand. Bewust verwijderd? Zet '{id}' in 'vorige-ids' van het {kind.Name} dat er het meest op lijkt.");
                }
            }
        }

        return [.. sink.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
    }

    private static (KindSpec Kind, string Id)? Parse(string path, Dictionary<string, KindSpec> kinds)
    {
        var parts = path.Split('/');
        if (parts.Length != 2 || !kinds.TryGetValue(parts[0], out var kind))
        {
            return null;
        }

        var extension = Path.GetExtension(parts[1]);
        var id = Path.GetFileNameWithoutExtension(parts[1]);
        return extension is ".yml" or ".yaml" && FieldReader.IdPattern().IsMatch(id) ? (kind, id) : null;
    }
}
