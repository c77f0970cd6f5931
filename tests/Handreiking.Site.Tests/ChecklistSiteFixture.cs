using Handreiking.Core.Checklists;
using Handreiking.Core.Loading;

namespace Handreiking.Site.Tests;

/// <summary>
/// The real handbook built once with <c>--pdf</c>, for the tests of the checklist downloads. Where
/// Debian's Chromium is missing the build still succeeds, without PDFs; the PDF tests then skip
/// (or fail under CI=true, which installs Chromium).
/// </summary>
public sealed class ChecklistSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public ChecklistSiteFixture()
    {
        Output = _folder.Combine("site");
        Result = new SiteBuilder(Repository.Options(Repository.Content, Output) with { Pdf = true }).Build();
        var loaded = new HandbookLoader().Load(Repository.Content);
        Checklists = ChecklistCatalog.Create(loaded.Handbook);
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<Checklist> Checklists { get; }

    public bool HasPdfs => Result.Success && Directory.EnumerateFiles(Path.Combine(Output, "checklists"), "*.pdf", SearchOption.AllDirectories).Any();

    public string PathOf(string url) => Path.Combine(Output, url.TrimStart('/'));

    /// <summary>Skips a PDF test where there is no browser, except in CI, where that is a failure.</summary>
    public void RequirePdfs()
    {
        Assert.True(Result.Success, Result.Error ?? string.Join("\n", Result.Diagnostics));
        if (!HasPdfs && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip.If(true, "No PDFs: " + string.Join(" ", Result.Messages));
        }

        Assert.True(HasPdfs, "The build made no PDFs: " + string.Join(" ", Result.Messages));
    }

    public void Dispose() => _folder.Dispose();
}
