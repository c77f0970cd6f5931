namespace Handreiking.Testing;

/// <summary>Finds the repository root (the folder with Handreiking.sln) from a test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Handreiking.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Handreiking.sln above {AppContext.BaseDirectory}.");
    }
}
