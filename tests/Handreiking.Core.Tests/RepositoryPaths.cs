namespace Handreiking.Core.Tests;

/// <summary>Finds the repository root from the test's output folder, so tests can read the real content.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Testing.RepositoryRoot.Find();

    public static string Content => Path.Combine(Root, "content");

    public static string Schemas => Path.Combine(Root, "src", "Handreiking.Core", "Schemas");
}
