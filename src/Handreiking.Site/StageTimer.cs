using System.Diagnostics;
using System.Globalization;

namespace Handreiking.Site;

/// <summary>Times the stages of one build, each on its own, for the one progress line that reports them.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Stage, long Milliseconds)> _stages = [];
    private long _lastLap;

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        var now = _watch.ElapsedMilliseconds;
        _stages.Add((stage, now - _lastLap));
        _lastLap = now;
    }

    public override string ToString() =>
        "  stappen: " + string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Milliseconds} ms")));
}
