namespace Handreiking.Site.Tests;

/// <summary>
/// The small Dutch test handbook (Fixtures/buurtkeukens), built once for the tests that read its
/// pages. Engine tests use it rather than the real content, so an editor's new case changes no
/// engine snapshot.
/// </summary>
public sealed class TestSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestSiteFixture()
    {
        Output = _folder.Combine("site");
        Result = new SiteBuilder(Repository.Options(Repository.Fixture(Name), Output)).Build();
    }

    public const string Name = "buurtkeukens";

    public string Output { get; }

    public BuildResult Result { get; }

    public string File(string path) => System.IO.File.ReadAllText(Path.Combine(Output, path.TrimStart('/')));

    public string Page(string url) => File(Pages.Urls.OutputPath(url));

    public void Dispose() => _folder.Dispose();
}
