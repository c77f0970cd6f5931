namespace Handreiking.Cli.Serve;

/// <summary>
/// Watches the content and theme folders and reports batches of changed files: events that
/// arrive within a short quiet period (an editor saving, a git checkout) become one batch. It
/// only hands batches on (to <see cref="RebuildQueue"/>); it never rebuilds on its own threads.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(40);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly Action<IReadOnlyCollection<string>> _onChange;

    public ContentWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> onChange)
    {
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Add(string path)
    {
        // npm's own files and editors' swap files are not content.
        if (path.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal) ||
            path.EndsWith(".npm-install.lock", StringComparison.Ordinal) || path.EndsWith('~') || path.EndsWith(".swp", StringComparison.Ordinal))
        {
            return;
        }

        lock (_gate)
        {
            _changed.Add(path);
            _timer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_gate)
        {
            batch = [.. _changed];
            _changed.Clear();
        }

        if (batch.Length > 0)
        {
            _onChange(batch);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _watchers.ForEach(w => w.Dispose());
    }
}
