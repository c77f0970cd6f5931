using System.Reflection;
using System.Runtime.CompilerServices;

namespace Handreiking.Testing;

/// <summary>
/// Snapshot testing with Verify's file conventions: <c>Class.Method.verified.ext</c> is committed
/// next to the test file; on a mismatch <c>Class.Method.received.ext</c> is written beside it
/// (git-ignored) and the test fails. Set HANDREIKING_ACCEPT_SNAPSHOTS=1 to accept the received
/// text as the new verified one; a build server (CI set) refuses that, so a snapshot can only
/// change in a reviewed commit. Text is compared with LF line endings and one final newline.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "HANDREIKING_ACCEPT_SNAPSHOTS";

    /// <param name="actual">The text to compare.</param>
    /// <param name="extension">File extension without dot, such as <c>html</c>.</param>
    /// <param name="className">The test class name.</param>
    /// <param name="parameters">For theories: <c>name=value</c> of the theory's first parameter, as Verify writes it (<c>type=home</c>).</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="method">Filled in by the compiler.</param>
    public static void Verify(string actual, string extension, string className, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (verifiedPath, receivedPath) = Paths(extension, className, parameters, sourceFile, method);
        var normalized = Normalize(actual);
        if (Accepting(Environment.GetEnvironmentVariable))
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
            ? $"No verified snapshot yet. Review {receivedPath} and accept it with {AcceptVariable}=1."
            : $"Snapshot differs from {verifiedPath} at line {firstDifference}. See {receivedPath}; accept with {AcceptVariable}=1.");
    }

    /// <summary>
    /// Writes the received file when the text differs from the verified one, without failing:
    /// for snapshots that reviewers read (the workflow shows the difference) rather than tests
    /// that guard. Returns the verified text, or null when there is none yet.
    /// </summary>
    public static string? Record(string actual, string extension, string className, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (verifiedPath, receivedPath) = Paths(extension, className, parameters, sourceFile, method);
        var normalized = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (Accepting(Environment.GetEnvironmentVariable))
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
        }
        else if (verified == normalized)
        {
            File.Delete(receivedPath);
        }
        else
        {
            File.WriteAllText(receivedPath, normalized);
        }

        return verified;
    }

    /// <summary>
    /// Whether to accept received snapshots: only when asked, and never on a build server, where
    /// accepting would turn every difference into a pass.
    /// </summary>
    /// <param name="environment">Reads an environment variable.</param>
    internal static bool Accepting(Func<string, string?> environment)
    {
        if (environment(AcceptVariable) != "1")
        {
            return false;
        }

        var ci = environment("CI");
        if (!string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0")
        {
            throw new Xunit.Sdk.XunitException(
                $"{AcceptVariable}=1 is refused on a build server (CI={ci}): accept snapshots on your own machine and commit the .verified. files.");
        }

        return true;
    }

    /// <summary>
    /// The committed <c>.verified.</c> files below <paramref name="directory"/> that no test of
    /// <paramref name="tests"/> writes any more: the class or method is gone, or, for a theory,
    /// no row of its data has that first parameter. Such a file would never fail again.
    /// </summary>
    internal static IReadOnlyList<string> Orphans(string directory, Assembly tests)
    {
        var orphans = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.verified.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Path.GetFileName(path);
            var stem = name[..name.IndexOf(".verified.", StringComparison.Ordinal)];
            var dot = stem.IndexOf('.', StringComparison.Ordinal);
            var className = dot < 0 ? stem : stem[..dot];
            var methodPart = dot < 0 ? string.Empty : stem[(dot + 1)..];
            // "Method_name=value": the parameters start at the last '_' before the '='.
            var equals = methodPart.IndexOf('=', StringComparison.Ordinal);
            var split = equals < 0 ? -1 : methodPart.LastIndexOf('_', equals);
            var methodName = split < 0 ? methodPart : methodPart[..split];
            var parameters = split < 0 ? null : methodPart[(split + 1)..];
            var method = tests.GetTypes().Where(t => t.Name == className)
                .SelectMany(t => t.GetMethods())
                .FirstOrDefault(m => m.Name == methodName);
            var written = method is not null && (parameters is null
                ? method.GetParameters().Length == 0
                : method.GetParameters().Length > 0 && TheoryWrites(method, parameters));
            if (!written)
            {
                orphans.Add(relative);
            }
        }

        return orphans;
    }

    private static bool TheoryWrites(MethodInfo method, string parameters)
    {
        var first = method.GetParameters()[0].Name;
        var rows = method.GetCustomAttributes<MemberDataAttribute>()
            .SelectMany(data => (IEnumerable<object?[]>)method.DeclaringType!.GetMethod(data.MemberName, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!);
        return rows.Any(row => $"{first}={row[0]}" == parameters);
    }

    private static (string Verified, string Received) Paths(string extension, string className, string? parameters, string sourceFile, string method)
    {
        var directory = Path.GetDirectoryName(SourcePath(sourceFile))!;
        var stem = Path.Combine(directory, parameters is null ? $"{className}.{method}" : $"{className}.{method}_{parameters}");
        return ($"{stem}.verified.{extension}", $"{stem}.received.{extension}");
    }

    private static string Normalize(string actual) => actual.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

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
