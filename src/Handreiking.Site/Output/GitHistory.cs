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

    /// <summary>A repository of any size answers in seconds; a hung git (a lock, a prompt) must not hang the build.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static GitHistory Read(string contentDirectory)
    {
        var result = Processes.ProcessRunner.Run("git",
            ["log", "--format=%x1f%cs", "--name-only", "--no-renames", "--relative", "--", "."], Timeout, contentDirectory);
        // No git, no repository, or no answer in time: pages fall back to the handbook's version date.
        return result.Succeeded ? new GitHistory(Parse(result.Output)) : Empty;
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
