namespace Handreiking.Site.Output;

/// <summary>
/// Every file a build writes, by site address, in a stable order: held in memory, or (pages of a
/// full build) already written to the staging folder and only recorded here.
/// </summary>
public sealed class SiteOutput
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>The files held in memory, to be written.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Add(string path, byte[] content)
    {
        var key = path.TrimStart('/');
        if (_written.Contains(key) || !_files.TryAdd(key, content))
        {
            throw new SiteBuildException($"Twee onderdelen schrijven hetzelfde bestand: {key}.");
        }
    }

    /// <summary>Records a file the build already wrote to its staging folder (a page), so links to it resolve.</summary>
    public void AddWritten(string path)
    {
        var key = path.TrimStart('/');
        if (_files.ContainsKey(key) || !_written.Add(key))
        {
            throw new SiteBuildException($"Twee onderdelen schrijven hetzelfde bestand: {key}.");
        }
    }

    /// <summary>How many files the build writes: those in memory and those already written.</summary>
    public int Count => _files.Count + _written.Count;

    public void Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The addresses of all files, as <c>/path</c>, for link checking.</summary>
    public IReadOnlySet<string> Addresses() => _files.Keys.Concat(_written).Select(k => "/" + k).ToHashSet(StringComparer.Ordinal);
}
