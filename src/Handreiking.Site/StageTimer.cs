using System.Diagnostics;
using System.Globalization;

namespace Handreiking.Site;

/// <summary>Times the stages of one build, each on its own, with the memory each allocated, for the one progress line that reports them.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Stage, long Milliseconds, long Megabytes)> _stages = [];
    private long _lastLap;
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        var now = _watch.ElapsedMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add((stage, now - _lastLap, (allocated - _lastAllocated) / (1024 * 1024)));
        _lastLap = now;
        _lastAllocated = allocated;
    }

    public override string ToString() =>
        "  stappen: " + string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Milliseconds} ms ({s.Megabytes} MB)")));
}
