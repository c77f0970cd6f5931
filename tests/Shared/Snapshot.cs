using System.Runtime.CompilerServices;

namespace Handreiking.Testing;

/// <summary>
/// Snapshot testing with Verify's file conventions: <c>Class.Method.verified.ext</c> is committed
/// next to the test file; on a mismatch <c>Class.Method.received.ext</c> is written beside it
/// (git-ignored) and the test fails. Set HANDREIKING_ACCEPT_SNAPSHOTS=1 to accept the received
/// text as the new verified one. Text is compared with LF line endings and one final newline.
/// </summary>
internal static class Snapshot
{
    /// <param name="actual">The text to compare.</param>
    /// <param name="extension">File extension without dot, such as <c>html</c>.</param>
    /// <param name="className">The test class name.</param>
    /// <param name="parameters">For theories: the parameter part of the name, as Verify writes it (<c>page=home</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="method">Filled in by the compiler.</param>
    public static void Verify(string actual, string extension, string className, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(sourceFile))!;
        var stem = Path.Combine(directory, parameters is null ? $"{className}.{method}" : $"{className}.{method}_{parameters}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        var normalized = actual.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

        if (Environment.GetEnvironmentVariable("HANDREIKING_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        var firstDifference = FirstDifferentLine(verified ?? string.Empty, normalized);
        throw new Xunit.Sdk.XunitException(verified is null
            ? $"No verified snapshot yet. Review {receivedPath} and accept it with HANDREIKING_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot differs from {verifiedPath} at line {firstDifference}. See {receivedPath}; accept with HANDREIKING_ACCEPT_SNAPSHOTS=1.");
    }

    /// <summary>
    /// Deterministic CI builds map source paths to "/_/"; find the real file below the
    /// repository root instead.
    /// </summary>
    private static string SourcePath(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        var normalized = sourceFile.Replace('\\', '/');
        var relative = normalized.StartsWith("/_/", StringComparison.Ordinal) ? normalized[3..] : normalized.TrimStart('/');
        return Path.Combine(Handreiking.Testing.RepositoryRoot.Find(), relative);
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if (i >= a.Length || i >= b.Length || a[i] != b[i])
            {
                return i + 1;
            }
        }

        return 0;
    }
}
