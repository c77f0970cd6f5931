namespace Handreiking.Core.Tests;

/// <summary>A content folder in a temporary directory, filled with a small valid handbook that a test can then break.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(bool withSample = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "handreiking-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withSample)
        {
            foreach (var (path, text) in SampleContent.Files)
            {
                Write(path, text);
            }
        }
    }

    public string Root { get; }

    public TempContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TempContent WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TempContent Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    public Loading.LoadResult Load() => new Loading.HandbookLoader().Load(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
