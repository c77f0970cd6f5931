namespace Handreiking.Site.Tests;

/// <summary>Paths in the repository.</summary>
internal static class Repository
{
    public static string Root { get; } = Testing.RepositoryRoot.Find();

    public static string Content => Path.Combine(Root, "content");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Handreiking.Site.Tests", "Fixtures", name);

    public static SiteOptions Options(string content, string output) => new()
    {
        ContentDirectory = content,
        ThemeDirectory = Theme,
        OutputDirectory = output,
        Search = false,
    };

    /// <summary>All files of a built site with their bytes, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
