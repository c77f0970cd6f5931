namespace Handreiking.Site.Output;

/// <summary>Every file a build writes, by site address, in a stable order.</summary>
public sealed class SiteOutput
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Add(string path, byte[] content)
    {
        var key = path.TrimStart('/');
        if (!_files.TryAdd(key, content))
        {
            throw new SiteBuildException($"Twee onderdelen schrijven hetzelfde bestand: {key}.");
        }
    }

    public void Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The addresses of all files, as <c>/path</c>, for link checking.</summary>
    public IReadOnlySet<string> Addresses() => _files.Keys.Select(k => "/" + k).ToHashSet(StringComparer.Ordinal);
}
