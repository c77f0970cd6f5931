using System.Threading.Channels;

namespace Handreiking.Cli.Serve;

/// <summary>
/// The one place where <c>serve</c> reacts to file changes: watcher threads only enqueue paths,
/// and one consumer handles them in order, several batches that arrived meanwhile as one. The
/// consumer never lets an exception end the process: it reports it and goes on with the next
/// change, while the last good site stays served. After a change it runs the follow-up work
/// (the search index) once things are quiet, so search never delays the page being edited.
/// </summary>
internal sealed class RebuildQueue : IAsyncDisposable
{
    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly Func<IReadOnlyCollection<string>, bool> _rebuild;
    private readonly Action _followUp;
    private readonly Action<Exception> _report;
    private readonly TimeSpan _followUpDelay;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _consumer;

    /// <param name="rebuild">Handles a batch of changed paths; returns whether follow-up work is due.</param>
    /// <param name="followUp">Work to do once no change came for <paramref name="followUpDelay"/>.</param>
    /// <param name="report">Tells the user about an exception that a rebuild or follow-up threw.</param>
    /// <param name="followUpDelay">How long to wait for quiet before the follow-up.</param>
    public RebuildQueue(Func<IReadOnlyCollection<string>, bool> rebuild, Action followUp, Action<Exception> report, TimeSpan followUpDelay)
    {
        _rebuild = rebuild;
        _followUp = followUp;
        _report = report;
        _followUpDelay = followUpDelay;
        _consumer = Task.Run(ConsumeAsync);
    }

    /// <summary>Adds changed paths; safe to call from any thread, never blocks.</summary>
    public void Enqueue(IReadOnlyCollection<string> paths) => _changes.Writer.TryWrite(paths);

    private async Task ConsumeAsync()
    {
        var followUpDue = false;
        while (!_stop.IsCancellationRequested)
        {
            bool more;
            try
            {
                if (followUpDue)
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    quiet.CancelAfter(_followUpDelay);
                    try
                    {
                        more = await _changes.Reader.WaitToReadAsync(quiet.Token);
                    }
                    catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
                    {
                        followUpDue = false;
                        Guard(_followUp);
                        continue;
                    }
                }
                else
                {
                    more = await _changes.Reader.WaitToReadAsync(_stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!more)
            {
                return;
            }

            var batch = new HashSet<string>(StringComparer.Ordinal);
            while (_changes.Reader.TryRead(out var paths))
            {
                batch.UnionWith(paths);
            }

            var due = false;
            Guard(() => due = _rebuild(batch));
            followUpDue |= due;
        }
    }

    private void Guard(Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug or an unexpected system error in one rebuild must not end serve: say so and go on.
            try
            {
                _report(e);
            }
            catch (Exception)
            {
                // Reporting failed too (a closed terminal); nothing more to do for this change.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _changes.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _consumer;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
