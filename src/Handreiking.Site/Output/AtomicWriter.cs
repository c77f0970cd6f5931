namespace Handreiking.Site.Output;

/// <summary>
/// Writes a build to a staging folder beside the output folder and swaps it in only when every
/// file is written; a failure leaves the last good site as it was.
/// </summary>
public static class AtomicWriter
{
    /// <param name="output">The files to write.</param>
    /// <param name="outputDirectory">The folder to replace.</param>
    /// <param name="beforeSwap">Work on the complete staging folder before it goes live (the search index).</param>
    public static void Write(SiteOutput output, string outputDirectory, Action<string>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var suffix = Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
        var staging = $"{target}.staging-{suffix}";
        var old = $"{target}.old-{suffix}";
        try
        {
            // Folders first, once each; then the files, on every core.
            foreach (var folder in output.Files.Keys.Select(p => Path.GetDirectoryName(Path.Combine(staging, p))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(output.Files, file => File.WriteAllBytes(Path.Combine(staging, file.Key), file.Value));

            Directory.CreateDirectory(staging);
            beforeSwap?.Invoke(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            TryDelete(staging);
            throw;
        }

        TryDelete(old);
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
        catch (IOException)
        {
            // A leftover folder beside the site is harmless; the next build uses a new name.
        }
    }
}
