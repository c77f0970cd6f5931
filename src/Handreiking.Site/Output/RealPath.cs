namespace Handreiking.Site.Output;

/// <summary>
/// Resolves symbolic links in every part of a path that exists, so two spellings of the same
/// folder (a link and its target) compare equal. Parts that do not exist yet are kept as given.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed at most, like the operating system's own limit; a loop ends here.</summary>
    private const int MaxLinks = 40;

    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        var links = 0;
        var queue = new Queue<string>(parts);
        while (queue.Count > 0)
        {
            var part = queue.Dequeue();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && links++ < MaxLinks)
            {
                var resolved = Path.GetFullPath(target, current);
                var rest = queue.ToArray();
                queue = new Queue<string>(resolved[(Path.GetPathRoot(resolved) ?? string.Empty).Length..]
                    .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved) ?? string.Empty;
                continue;
            }

            current = next;
        }

        return current;
    }
}
