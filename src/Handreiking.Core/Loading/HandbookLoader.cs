using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Loading;

/// <summary>
/// Loads a content folder into a <see cref="Model.Handbook"/>: finds the files, reads and checks
/// each one (in parallel), checks references across files, and links the items both ways.
/// Reports every problem in one run and never throws on bad content.
/// </summary>
public sealed class HandbookLoader
{
    private readonly DocumentCache? _cache;

    /// <summary>A loader that reads every file each time.</summary>
    public HandbookLoader()
    {
    }

    /// <summary>A loader that re-reads only files that changed since the cache last saw them.</summary>
    /// <param name="cache">The cache to keep between loads.</param>
    public HandbookLoader(DocumentCache cache) => _cache = cache;

    /// <summary>Loads and validates the content folder at <paramref name="contentDirectory"/>.</summary>
    /// <param name="contentDirectory">The folder with <c>handreiking.yml</c> and the kind folders.</param>
    public LoadResult Load(string contentDirectory)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        var sink = new DiagnosticSink();
        var files = ContentFolderScanner.Scan(contentDirectory, sink);

        var read = files
            .AsParallel()
            .AsOrdered()
            .Select(file => _cache is null ? DocumentReader.Read(file) : _cache.Read(file, DocumentReader.Read))
            .ToList();
        var documents = new List<Loading.ContentDocument>(read.Count);
        foreach (var (document, diagnostics) in read)
        {
            sink.AddRange(diagnostics);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        ReferenceChecker.Check(documents, sink);
        FormerIdChecker.Check(documents, sink);
        GlossaryChecker.Check(documents, sink);
        var handbook = ModelBuilder.Build(documents);
        Language.B1Checker.Check(documents, handbook, Language.B1Checker.ReadFile, sink);
        var ordered = sink.Items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new LoadResult(handbook, ordered, files.Count) { Documents = documents };
    }
}
