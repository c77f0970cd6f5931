using System.Diagnostics;
using System.Globalization;

namespace Handreiking.Site.Output;

/// <summary>
/// When each content file last changed, from one <c>git log</c> over the content folder. The same
/// commit always gives the same dates, so builds stay byte-identical; a file git does not know
/// (not committed yet, or no repository at all) has no date.
/// </summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, DateOnly> _dates;

    private GitHistory(Dictionary<string, DateOnly> dates) => _dates = dates;

    public static GitHistory Empty { get; } = new([]);

    public DateOnly? LastChanged(string contentRelativePath) =>
        _dates.TryGetValue(contentRelativePath, out var date) ? date : null;

    public static GitHistory Read(string contentDirectory)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = contentDirectory,
            };
            foreach (var argument in new[] { "log", "--format=%x1f%cs", "--name-only", "--no-renames", "--relative", "--", "." })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return Empty;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? new GitHistory(Parse(output)) : Empty;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return Empty; // no git on this machine: pages fall back to the handbook's version date
        }
    }

    private static Dictionary<string, DateOnly> Parse(string output)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly current = default;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('\u001f'))
            {
                current = DateOnly.ParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0)
            {
                dates.TryAdd(line, current); // newest first: the first date seen is the last change
            }
        }

        return dates;
    }
}
