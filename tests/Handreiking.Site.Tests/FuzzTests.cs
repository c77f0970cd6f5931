using System.Text;
using Handreiking.Core.Loading;

namespace Handreiking.Site.Tests;

/// <summary>
/// Mutates real content files the way careless edits and bad copies do, many times with a fixed
/// seed, and checks the promise between the commands: loading never throws, and whenever
/// validate finds no error, build succeeds.
/// </summary>
public class FuzzTests
{
    private const int Rounds = 2500;

    /// <summary>
    /// A build takes about 100 ms: the first this many distinct valid handbooks are built (about the
    /// first third of the rounds), the rest are only loaded, which keeps the test under a minute on two cores.
    /// </summary>
    private const int MaxBuilds = 200;

    /// <summary>Characters that break YAML and HTML when they slip in: controls, quotes, brackets, markup.</summary>
    private const string Nasty = "\u0000\u0001\u0007\u000b\u001b\u007f\u0085\u009b\u200e\u202e\ufeff\uffff:#-[]{}|>'\"&*!%@`<>\\\t\r";

    [Fact]
    public void Mutated_content_never_throws_and_what_validate_accepts_builds()
    {
        using var temp = new TempFolder();
        var content = temp.Combine("content");
        TempFolder.Copy(Repository.Content, content);
        var files = Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var builder = new SiteBuilder(Repository.Options(content, temp.Combine("site")) with { KeepForRebuilds = true });
        Assert.True(builder.Build().Success);
        var loader = new HandbookLoader(new DocumentCache());
        var random = new Random(20261126);
        var built = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < Rounds; round++)
        {
            var file = files[random.Next(files.Count)];
            var original = File.ReadAllBytes(file);
            var (mutated, description) = Mutate(original, random);
            var what = $"round {round}, {Path.GetRelativePath(content, file)}: {description}";
            File.WriteAllBytes(file, mutated);
            try
            {
                // Most mutations break the file itself: reading that one file tells, without loading all of them.
                var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
                var kind = relative == Core.Schema.KindCatalog.HandbookFile
                    ? Core.Schema.KindCatalog.Handbook
                    : Core.Schema.KindCatalog.FolderKinds.Single(k => relative.StartsWith(k.Folder + "/", StringComparison.Ordinal));
                var (_, ownDiagnostics) = DocumentReader.Read(new ContentFile(kind, Path.GetFileNameWithoutExtension(file), relative, file));
                if (ownDiagnostics.Any(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error))
                {
                    continue;
                }

                var loaded = loader.Load(content);

                // The same handbook builds the same site: build each distinct one once (deleted blank
                // lines, comments and re-indented block text often change nothing that build reads).
                if (!loaded.HasErrors && built < MaxBuilds && seen.Add(Core.OpenData.OpenDataExporter.Export(loaded)))
                {
                    var result = builder.Rebuild(themeChanged: false);
                    Assert.True(result.Success, $"{what}: validate accepted it, but build failed: {result.Error} {string.Join("; ", result.BrokenLinks)}");
                    built++;
                }
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }

        // The mix of mutations must leave some files valid, or the second half of the promise is never tested.
        Assert.True(built == MaxBuilds, $"only {built} of {Rounds} mutated handbooks were valid and new");
    }

    private static (byte[] Bytes, string Description) Mutate(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var kind = random.Next(6);
        var line = random.Next(lines.Count);
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                return (Join(lines), $"deleted line {line + 1}");
            case 1:
                lines.Insert(line, lines[line]);
                return (Join(lines), $"duplicated line {line + 1}");
            case 2:
                lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                return (Join(lines), $"re-indented line {line + 1}");
            case 3:
                var text = lines[line];
                var at = random.Next(text.Length + 1);
                var inserted = new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Nasty[random.Next(Nasty.Length)]).ToArray());
                lines[line] = text[..at] + inserted + text[at..];
                return (Join(lines), $"inserted {string.Concat(inserted.Select(c => $"U+{(int)c:X4}"))} in line {line + 1}");
            case 4:
                var bytes = (byte[])original.Clone();
                var position = random.Next(bytes.Length);
                bytes[position] = (byte)random.Next(256);
                return (bytes, $"byte {position} set at random");
            default:
                var length = random.Next(original.Length);
                return (original[..length], $"truncated at byte {length}");
        }
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
}
