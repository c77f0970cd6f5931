using System.Diagnostics;

namespace Handreiking.Cli;

/// <summary>
/// The content files of a published version, from git (<c>git ls-tree</c> at a revision such as
/// <c>HEAD</c> or the base of a pull request). Reads only what git already has: no network.
/// Without git, outside a repository or for an unknown revision it says why, and the check that
/// needs it does not run.
/// </summary>
internal static class PublishedFiles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <returns>The files relative to <paramref name="contentFolder"/>, or the reason there are none.</returns>
    public static (IReadOnlyList<string>? Files, string? Problem) Read(string contentFolder, string revision)
    {
        if (revision.StartsWith('-'))
        {
            return (null, $"'{revision}' is geen git-versie.");
        }

        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = contentFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ls-tree", "-r", "-z", "--name-only", revision, "--", "." })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, "git kon niet gestart worden.");
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"git gaf na {Timeout.TotalSeconds:F0} s geen antwoord.");
            }

            if (process.ExitCode != 0)
            {
                var reason = error.Result.Trim().Split('\n')[0];
                return (null, $"git kent '{revision}' hier niet ({reason}).");
            }

            return ([.. output.Result.Split('\0', StringSplitOptions.RemoveEmptyEntries)], null);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return (null, $"git is niet beschikbaar ({e.Message}).");
        }
    }
}
