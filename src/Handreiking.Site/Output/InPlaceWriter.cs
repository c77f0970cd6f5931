namespace Handreiking.Site.Output;

/// <summary>Replaces single files of a served site: each write goes to a temporary file first, so a reader never sees half a page.</summary>
internal static class InPlaceWriter
{
    public static void Write(string outputDirectory, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(outputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string outputDirectory, string relativePath)
    {
        var path = Path.Combine(outputDirectory, relativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
