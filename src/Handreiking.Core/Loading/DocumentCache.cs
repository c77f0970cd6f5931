using System.Collections.Concurrent;
using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Loading;

/// <summary>
/// Remembers what each content file gave when it was last read, keyed by its size and write
/// time, so a long-running process (such as <c>serve</c>) re-reads only the files that changed.
/// References are still checked and the model is still built from all files on every load.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal (ContentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(ContentFile file, Func<ContentFile, (ContentDocument?, IReadOnlyList<Diagnostic>)> read)
    {
        var info = new FileInfo(file.FullPath);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
        if (_entries.TryGetValue(file.FullPath, out var entry) && entry.Stamp == stamp && entry.File == file)
        {
            return (entry.Document, entry.Diagnostics);
        }

        var (document, diagnostics) = read(file);
        _entries[file.FullPath] = new Entry(file, stamp, document, diagnostics);
        return (document, diagnostics);
    }

    private sealed record Entry(ContentFile File, (long Length, long Ticks) Stamp, ContentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics);
}
