using System.Collections.Concurrent;

namespace Handreiking.Site.Output;

/// <summary>
/// Writes pages into a folder on a thread of its own while the render threads make the next
/// ones: writing 10,000 small files blocks in the file system for seconds, time the two
/// cores can spend rendering. A bounded queue keeps only a few pages in memory. The first
/// failure is rethrown by <see cref="Complete"/>; pages after it are dropped.
/// </summary>
internal sealed class PageWriter : IDisposable
{
    private readonly BlockingCollection<(string Path, byte[] Bytes)> _queue = new(boundedCapacity: 256);
    private readonly string _directory;
    private readonly Thread _thread;
    private Exception? _failure;

    public PageWriter(string directory)
    {
        _directory = directory;
        _thread = new Thread(Run) { IsBackground = true, Name = "page writer" };
        _thread.Start();
    }

    /// <summary>Queues a page (its output path relative to the folder); blocks while the queue is full.</summary>
    public void Add(string relativePath, byte[] bytes) => _queue.Add((relativePath, bytes));

    /// <summary>Waits until every queued page is written; throws the first write failure.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _thread.Join();
        if (_failure is not null)
        {
            throw new IOException(_failure.Message, _failure);
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
            _thread.Join();
        }

        _queue.Dispose();
    }

    private void Run()
    {
        foreach (var (relative, bytes) in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null)
            {
                continue;
            }

            try
            {
                var path = Path.Combine(_directory, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _failure = e;
            }
        }
    }
}
