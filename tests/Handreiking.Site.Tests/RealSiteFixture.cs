namespace Handreiking.Site.Tests;

/// <summary>The real handbook, built once for all tests that read its pages.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public RealSiteFixture()
    {
        Output = _folder.Combine("site");
        Result = new SiteBuilder(Repository.Options(Repository.Content, Output)).Build();
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public string Page(string url) => File.ReadAllText(Path.Combine(Output, Pages.Urls.OutputPath(url)));

    public void Dispose() => _folder.Dispose();
}
