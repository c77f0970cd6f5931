using Handreiking.Core.Loading;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Tests;

/// <summary>
/// An editor's pull request, as the checks see it: a copy of the real content plus a new case made
/// from the template and filled in. Every content guard must pass on it, so a right case gives a
/// green check without anyone accepting a snapshot.
/// </summary>
public class ContentGuardsWithANewCaseTests(ContentGuardsWithANewCaseTests.ContentWithANewCase copy)
    : ContentGuards, IClassFixture<ContentGuardsWithANewCaseTests.ContentWithANewCase>
{
    protected override LoadResult Loaded => copy.Loaded;

    [Fact]
    public void The_new_case_is_in_the_handbook()
    {
        var added = Assert.Single(Loaded.Handbook.Cases, c => c.Id == ContentWithANewCase.Id);
        Assert.Equal("Taalcafé in de bibliotheek", added.Title);
        Assert.Equal(["aansluiten-bij-de-leefwereld", "laagdrempelig"], added.Factors.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>The real content in a temporary folder, with one new case.</summary>
    public sealed class ContentWithANewCase : IDisposable
    {
        public const string Id = "taalcafe-in-de-bibliotheek";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "handreiking-tests", Guid.NewGuid().ToString("N"));

        public ContentWithANewCase()
        {
            Copy(RepositoryPaths.Content, _root);
            var template = ContentTemplates.Generate(ContentKind.Case, "Taalcafé in de bibliotheek");
            File.WriteAllText(
                Path.Combine(_root, "praktijkvoorbeelden", Id + ".yml"),
                TemplateFiller.Fill(template, ("laagdrempelig", "aansluiten-bij-de-leefwereld"), "bzk-2011", "bereik"));
            Loaded = new HandbookLoader().Load(_root);
        }

        public LoadResult Loaded { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
