namespace Handreiking.Site.Output;

/// <summary>
/// Writes a build to a staging folder beside the output folder and swaps it in only when every
/// file is written, so a failure leaves the last good site as it was. The swap is one atomic
/// exchange of the two folders where the system offers it (Linux), so at every moment either the
/// old or the new site is in place; elsewhere two renames, and a next build puts back a site that
/// a crash between them left aside. Only folders that carry the build marker are ever deleted.
/// </summary>
public static class AtomicWriter
{
    private const string StagingInfix = ".staging-";
    private const string OldInfix = ".old-";

    /// <param name="output">The files to write.</param>
    /// <param name="outputDirectory">The folder to replace; <see cref="OutputFolder.Refusal"/> must have allowed it.</param>
    /// <param name="beforeSwap">Work on the complete staging folder before it goes live (the search index).</param>
    public static void Write(SiteOutput output, string outputDirectory, Action<string>? beforeSwap = null)
    {
        var staging = Stage(outputDirectory);
        try
        {
            Complete(output, staging, outputDirectory, beforeSwap);
        }
        catch
        {
            Abandon(staging);
            throw;
        }
    }

    /// <summary>
    /// Makes a fresh staging folder beside the output folder (after cleaning up what killed builds
    /// left), so a build can write its pages there as it makes them rather than hold them all.
    /// </summary>
    /// <returns>The staging folder; finish with <see cref="Complete"/> or <see cref="Abandon"/>.</returns>
    public static string Stage(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Recover(target);
        var staging = target + StagingInfix + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];

        // The marker first: a staging folder left by a crash is then recognisably ours.
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerFileName), OutputFolder.MarkerText);
        return staging;
    }

    /// <summary>Writes the files still in memory into the staging folder, runs <paramref name="beforeSwap"/> and swaps the folder in.</summary>
    public static void Complete(SiteOutput output, string staging, string outputDirectory, Action<string>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var old = target + OldInfix + Path.GetFileName(staging)[(Path.GetFileName(target).Length + StagingInfix.Length)..];
        try
        {
            // Folders first, once each; then the files, on every core.
            foreach (var folder in output.Files.Keys.Select(p => Path.GetDirectoryName(Path.Combine(staging, p))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(output.Files, file => File.WriteAllBytes(Path.Combine(staging, file.Key), file.Value));
            beforeSwap?.Invoke(staging);
            Swap(staging, target, old);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            throw;
        }

        TryDelete(staging); // after an exchange, the old site
        TryDelete(old);
    }

    /// <summary>Removes the staging folder of a build that failed; the site stays as it was.</summary>
    public static void Abandon(string staging) => TryDelete(staging);

    /// <summary>
    /// Cleans up after builds that were killed: puts back a site that was set aside when the
    /// output folder is missing, and removes staging and old folders of earlier builds, but only
    /// those that carry the build marker.
    /// </summary>
    internal static void Recover(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        if (!Directory.Exists(parent))
        {
            return;
        }

        var leftovers = Directory.EnumerateDirectories(parent, name + ".*")
            .Where(d => Path.GetFileName(d).StartsWith(name + StagingInfix, StringComparison.Ordinal) ||
                        Path.GetFileName(d).StartsWith(name + OldInfix, StringComparison.Ordinal))
            .Where(d => new DirectoryInfo(d).LinkTarget is null && OutputFolder.IsOurs(d))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(target) && !File.Exists(target))
        {
            // A crash between the two renames: the set-aside site is the last good one.
            var setAside = leftovers.Where(d => Path.GetFileName(d).StartsWith(name + OldInfix, StringComparison.Ordinal))
                .OrderByDescending(d => Directory.GetLastWriteTimeUtc(d)).FirstOrDefault();
            if (setAside is not null)
            {
                Directory.Move(setAside, target);
                leftovers.Remove(setAside);
            }
        }

        leftovers.ForEach(TryDelete);
    }

    private static void Swap(string staging, string target, string old)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (FolderExchange.TryExchange(staging, target))
        {
            return;
        }

        Directory.Move(target, old);
        Directory.Move(staging, target);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder beside the site is harmless; the next build removes it.
        }
    }
}
