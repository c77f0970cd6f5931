namespace Handreiking.Site.Output;

/// <summary>
/// Decides whether a build may replace a folder. A build replaces its output folder whole, so a
/// typo in <c>--out</c> must never point it at someone's work: only a folder that is absent,
/// empty, or carries the marker file of an earlier build may be written, and never one that
/// holds (or is) the content, the theme, the repository, the current directory or the home folder.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file every build writes into the root of its output, so a later build knows the folder is its own.</summary>
    public const string MarkerFileName = ".handreiking-site";

    /// <summary>What the marker file says to someone who opens it.</summary>
    public const string MarkerText =
        "Deze map is gemaakt door Handreiking (handreiking build). Elke nieuwe build vervangt haar helemaal.\n" +
        "This folder was written by Handreiking; every build replaces it whole.\n";

    /// <summary>
    /// Why <paramref name="outputDirectory"/> may not be used as the output folder, in plain Dutch,
    /// or <c>null</c> when it may.
    /// </summary>
    /// <param name="outputDirectory">The folder as the user gave it.</param>
    /// <param name="contentDirectory">The content folder, which a build reads.</param>
    /// <param name="themeDirectory">The theme folder, which a build reads.</param>
    public static string? Refusal(string? outputDirectory, string contentDirectory, string themeDirectory) =>
        Refusal(outputDirectory, contentDirectory, themeDirectory, Environment.CurrentDirectory, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>As <see cref="Refusal(string?, string, string)"/>, with the current and home folder given (for tests).</summary>
    internal static string? Refusal(string? outputDirectory, string contentDirectory, string themeDirectory, string currentDirectory, string homeDirectory)
    {
        const string Hint = "Kies een eigen map voor de website, bijvoorbeeld --out _site.";
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            return $"Er is geen map voor de website opgegeven. {Hint}";
        }

        if (outputDirectory.Any(char.IsControl) || outputDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return $"De map voor de website '{Printable(outputDirectory)}' bevat tekens die in een mapnaam niet kunnen. {Hint}";
        }

        string full;
        try
        {
            full = RealPath.Of(Path.GetFullPath(outputDirectory));
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            return $"De map voor de website '{Printable(outputDirectory)}' is geen bruikbare map ({e.Message}). {Hint}";
        }

        var shown = Printable(outputDirectory);
        if (Path.GetPathRoot(full) is { } root && string.Equals(Trim(root), Trim(full), StringComparison.Ordinal))
        {
            return $"De website kan niet in de hoofdmap '{full}' geschreven worden: een build vervangt de hele map. {Hint}";
        }

        var protectedFolders = Protected(contentDirectory, themeDirectory, currentDirectory, homeDirectory).ToList();
        foreach (var (folder, what, _) in protectedFolders.Where(p => Same(full, p.Folder)))
        {
            return $"'{shown}' is {what}: een build vervangt de hele map en zou die wissen. {Hint}";
        }

        foreach (var (folder, what, _) in protectedFolders.Where(p => IsInside(p.Folder, full)))
        {
            return $"'{shown}' bevat {what} ({folder}): een build vervangt de hele map en zou die wissen. {Hint}";
        }

        foreach (var (folder, what, _) in protectedFolders.Where(p => p.Reads))
        {
            if (IsInside(full, folder))
            {
                return $"'{shown}' ligt in {what} ({folder}); de website hoort daar niet tussen. {Hint}";
            }
        }

        if (File.Exists(full))
        {
            return $"'{shown}' is een bestand, geen map. {Hint}";
        }

        var info = new DirectoryInfo(Path.GetFullPath(outputDirectory));
        if (info.Exists && info.LinkTarget is not null)
        {
            return $"'{shown}' is een snelkoppeling (symbolische link) naar {info.LinkTarget}; een build zou die vervangen. Geef de map zelf op. {Hint}";
        }

        if (info.Exists && !IsOurs(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            return $"De map '{shown}' bestaat al en bevat bestanden die Handreiking niet gemaakt heeft; een build zou ze wissen. " +
                $"Kies een andere map, of maak deze map eerst zelf leeg.";
        }

        return null;
    }

    /// <summary>Whether the folder holds the marker of an earlier build.</summary>
    public static bool IsOurs(string directory) => File.Exists(Path.Combine(directory, MarkerFileName));

    private static IEnumerable<(string Folder, string What, bool Reads)> Protected(string contentDirectory, string themeDirectory, string currentDirectory, string home)
    {
        var content = Real(contentDirectory);
        var theme = Real(themeDirectory);
        yield return (content, "de map met de inhoud", true);
        yield return (theme, "de map met het thema", true);
        foreach (var repository in new[] { content, theme }.Select(RepositoryOf).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return (repository, "de map van de repository", false);
        }

        yield return (Real(currentDirectory), "de huidige map", false);
        if (!string.IsNullOrEmpty(home))
        {
            yield return (Real(home), "uw persoonlijke map", false);
        }
    }

    private static string Real(string path) => RealPath.Of(Path.GetFullPath(path));

    /// <summary>The nearest folder above (or at) <paramref name="folder"/> that holds <c>.git</c>.</summary>
    private static string? RepositoryOf(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return Trim(current.FullName);
            }
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b), PathComparison);

    /// <summary>True when <paramref name="inner"/> lies below <paramref name="outer"/>.</summary>
    private static bool IsInside(string inner, string outer)
    {
        var prefix = Trim(outer) + Path.DirectorySeparatorChar;
        return Trim(inner).StartsWith(prefix, PathComparison) || (Trim(outer).Length == 0 && inner.Length > 0);
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The path with control characters shown as <c>\u001B</c>, so a terminal never runs them.</summary>
    private static string Printable(string text) => Core.Diagnostics.Printable.Escape(text);
}
