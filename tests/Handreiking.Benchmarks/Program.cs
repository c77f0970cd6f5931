using System.Diagnostics;
using Handreiking.Benchmarks;
using Handreiking.Core.Loading;

// A plain console benchmark (BenchmarkDotNet would take minutes per case on this machine):
// generate N cases, then load and validate them several times, in fresh processes where the
// first-run figure matters. Usage: dotnet run -c Release --project tests/Handreiking.Benchmarks -- [cases] [runs]
var caseCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var root = Path.Combine(Path.GetTempPath(), $"handreiking-bench-{caseCount}");
if (!Directory.Exists(root))
{
    SyntheticContent.Write(root, caseCount);
}

Console.WriteLine($"content: {root} ({caseCount} cases)");
var times = new List<double>();
for (var run = 0; run < runs; run++)
{
    var watch = Stopwatch.StartNew();
    var result = new HandbookLoader().Load(root);
    watch.Stop();
    times.Add(watch.Elapsed.TotalMilliseconds);
    Console.WriteLine($"run {run + 1}: load+validate {watch.Elapsed.TotalMilliseconds:F0} ms, {result.FileCount} files, {result.Diagnostics.Count} diagnostics, {result.Handbook.Cases.Count} cases");
}

using var process = Process.GetCurrentProcess();
Console.WriteLine($"first run {times[0]:F0} ms; best {times.Min():F0} ms; median {times.Order().ElementAt(times.Count / 2):F0} ms");
Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
