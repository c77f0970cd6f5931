using System.Threading.Channels;

namespace Handreiking.Cli.Serve;

/// <summary>
/// Tells every open page what happened to the last build, as server-sent events: <c>reload</c>
/// after a good rebuild, <c>failed</c> with the problems, <c>ok</c> when they are gone. A page
/// that connects gets the current state first, so an error shows even after a reload.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<(string Event, string Data)>> _clients = [];
    private (string Event, string Data) _state = ("ok", "{}");

    public Channel<(string Event, string Data)> Connect()
    {
        var channel = Channel.CreateUnbounded<(string Event, string Data)>();
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_state);
        }

        return channel;
    }

    public void Disconnect(Channel<(string Event, string Data)> channel)
    {
        lock (_gate)
        {
            _clients.Remove(channel);
        }
    }

    public void Reload() => Publish(("reload", "{}"), ("ok", "{}"));

    public void Failed(string json) => Publish(("failed", json), ("failed", json));

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    private void Publish((string Event, string Data) message, (string Event, string Data) state)
    {
        lock (_gate)
        {
            _state = state;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }
}
