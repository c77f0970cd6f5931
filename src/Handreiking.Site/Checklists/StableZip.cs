using System.IO.Compression;

namespace Handreiking.Site.Checklists;

/// <summary>
/// Rewrites a zip package (a .docx) with every entry dated to one fixed day, in the same order:
/// the packaging library stamps entries with the clock, and builds must be byte-identical.
/// </summary>
internal static class StableZip
{
    public static byte[] Rewrite(byte[] zip, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
