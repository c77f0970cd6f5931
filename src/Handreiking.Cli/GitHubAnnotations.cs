using Handreiking.Core.Diagnostics;

namespace Handreiking.Cli;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which GitHub shows on the line in a pull request. Paths are relative to the repository root,
/// as GitHub expects them.
/// </summary>
internal static class GitHubAnnotations
{
    public static string Format(Diagnostic diagnostic, string repositoryRelativeContentFolder)
    {
        var command = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var folder = repositoryRelativeContentFolder.Replace('\\', '/').TrimEnd('/');
        var file = folder is "" or "." ? diagnostic.Location.File : folder + "/" + diagnostic.Location.File;
        return $"::{command} file={Property(file)},line={diagnostic.Location.Line},col={diagnostic.Location.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message + " " + diagnostic.Hint)}";
    }

    /// <summary>A message without a place, such as a check that could not run.</summary>
    public static string Warning(string message) => $"::warning::{Data(message)}";

    /// <summary>An error that belongs to no line (a broken link from the theme).</summary>
    public static string Error(string message) => $"::error::{Data(message)}";

    /// <summary>
    /// The content folder relative to the repository root: the nearest folder above it with a
    /// <c>.git</c> (a folder, or a file in a worktree). Without one, relative to the current folder.
    /// </summary>
    public static string RepositoryRelative(string contentFolder)
    {
        var full = Path.GetFullPath(contentFolder);
        for (var directory = new DirectoryInfo(full); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return Path.GetRelativePath(directory.FullName, full).Replace('\\', '/');
            }
        }

        return Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
    }

    // GitHub's escaping for workflow commands: data loses %, CR and LF; properties also : and ,.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
