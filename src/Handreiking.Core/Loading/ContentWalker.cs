using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Loading;

/// <summary>
/// Walks a content folder with bounds: every regular file under it, in a stable order, skipping
/// hidden entries. A named pipe, device or socket, a link that leads out of the content folder
/// or to nothing, and a folder reached twice (a link loop) are each reported and skipped, so a
/// pull request cannot make the loader hang, read files elsewhere on the machine, or walk forever.
/// </summary>
internal static class ContentWalker
{
    /// <summary>A content folder is a few levels deep; this bounds a walk through nested folders.</summary>
    private const int MaxFolderDepth = 16;

    /// <summary>Regular files, as content-relative paths with forward slashes and their full paths.</summary>
    public static IReadOnlyList<(string Relative, string FullPath)> Walk(string root, DiagnosticSink sink)
    {
        var files = new List<(string, string)>();
        var realRoot = RealDirectory(root);
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Full, string Relative, int Depth)>();
        pending.Push((root, string.Empty, 0));
        while (pending.Count > 0)
        {
            var (folder, relativeFolder, depth) = pending.Pop();
            var entries = SafeEntries(folder, relativeFolder, sink);
            foreach (var entry in entries.OrderDescending(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var relative = relativeFolder.Length == 0 ? name : relativeFolder + "/" + name;
                var target = ResolveWithinRoot(entry, relative, realRoot, sink);
                if (target is null)
                {
                    continue;
                }

                switch (FileKinds.Of(target))
                {
                    case FileKind.Regular:
                        files.Add((relative, entry));
                        break;
                    case FileKind.Directory when depth + 1 > MaxFolderDepth:
                        Report(sink, relative, $"De map '{relative}/' ligt dieper dan {MaxFolderDepth} mappen en wordt niet gelezen.",
                            "De inhoud gebruikt één map per soort; haal de extra mappen weg.");
                        break;
                    case FileKind.Directory when !visited.Add(RealDirectory(target)):
                        Report(sink, relative, $"'{relative}/' wijst naar een map die al gelezen wordt (een lus van links) en wordt overgeslagen.",
                            "Verwijder de snelkoppeling (symbolische link); de inhoud heeft er geen nodig.");
                        break;
                    case FileKind.Directory:
                        pending.Push((entry, relative, depth + 1));
                        break;
                    case FileKind.Other:
                        Report(sink, relative, $"'{relative}' is geen gewoon bestand (maar een pipe, apparaat of socket) en wordt niet gelezen.",
                            "Verwijder het uit de map met inhoud; daar horen alleen YAML-bestanden.");
                        break;
                    case FileKind.Missing:
                        Report(sink, relative, $"'{relative}' is een snelkoppeling naar iets dat niet bestaat.",
                            "Verwijder de snelkoppeling, of zet het bestand zelf hier neer.");
                        break;
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return files;
    }

    /// <summary>The final target of a link, when it stays inside the content folder; the entry itself when it is no link.</summary>
    private static string? ResolveWithinRoot(string entry, string relative, string realRoot, DiagnosticSink sink)
    {
        FileSystemInfo info = new FileInfo(entry);
        if (info.LinkTarget is null)
        {
            return entry;
        }

        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            Report(sink, relative, $"'{relative}' is een snelkoppeling die in een lus naar zichzelf wijst.",
                "Verwijder de snelkoppeling (symbolische link); de inhoud heeft er geen nodig.");
            return null;
        }

        if (target is null || !target.Exists && FileKinds.Of(target.FullName) == FileKind.Missing)
        {
            Report(sink, relative, $"'{relative}' is een snelkoppeling naar iets dat niet bestaat.",
                "Verwijder de snelkoppeling, of zet het bestand zelf hier neer.");
            return null;
        }

        var real = RealDirectory(Path.GetDirectoryName(target.FullName)!) + Path.DirectorySeparatorChar + target.Name;
        if (!real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Report(sink, relative, $"'{relative}' is een snelkoppeling naar '{target.FullName}', buiten de map met inhoud; die wordt niet gelezen.",
                "Zet het bestand zelf in de map met inhoud, in plaats van een snelkoppeling.");
            return null;
        }

        return real;
    }

    private static IEnumerable<string> SafeEntries(string folder, string relative, DiagnosticSink sink)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(folder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(sink, relative.Length == 0 ? "." : relative, $"De map '{relative}/' kan niet gelezen worden ({e.Message}).",
                "Controleer of de map bestaat en of u haar mag lezen.");
            return [];
        }
    }

    /// <summary>The folder's path with every link resolved, for comparing folders reached in different ways.</summary>
    private static string RealDirectory(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var parts = new List<string>();
        var current = new DirectoryInfo(full.Length == 0 ? "/" : full);
        for (var hops = 0; hops < 64; hops++)
        {
            if (current.LinkTarget is not null)
            {
                FileSystemInfo? next;
                try
                {
                    next = current.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    break; // a loop of links: compare by the path as it is
                }

                if (next is null)
                {
                    break;
                }

                current = new DirectoryInfo(next.FullName);
                continue;
            }

            if (current.Parent is null)
            {
                break;
            }

            parts.Add(current.Name);
            current = current.Parent;
        }

        parts.Reverse();
        return (current.FullName.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar + string.Join(Path.DirectorySeparatorChar, parts)).TrimEnd(Path.DirectorySeparatorChar);
    }

    private static void Report(DiagnosticSink sink, string relative, string message, string hint) =>
        sink.Error(DiagnosticCodes.NotAContentFile, SourceLocation.StartOf(relative), message, hint);
}
