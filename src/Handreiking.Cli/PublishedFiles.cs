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

        var result = Site.Processes.ProcessRunner.Run("git", ["ls-tree", "-r", "-z", "--name-only", revision, "--", "."], Timeout, contentFolder);
        if (!result.Started)
        {
            return (null, "git is niet gevonden.");
        }

        if (result.TimedOut)
        {
            return (null, $"git gaf na {Timeout.TotalSeconds:F0} s geen antwoord.");
        }

        if (result.ExitCode != 0)
        {
            var reason = result.Errors.Trim().Split('\n')[0];
            return (null, $"git kent '{revision}' hier niet ({reason}).");
        }

        return ([.. result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries)], null);
    }
}
