namespace Handreiking.Core.Tests;

/// <summary>Finds the repository root from the test's output folder, so tests can read the real content.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Schemas => Path.Combine(Root, "src", "Handreiking.Core", "Schemas");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Handreiking.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Handreiking.sln not found above " + AppContext.BaseDirectory);
    }
}
