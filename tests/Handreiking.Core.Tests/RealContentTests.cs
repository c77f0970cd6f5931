using Handreiking.Core.Loading;

namespace Handreiking.Core.Tests;

public class RealContentTests
{
    [Fact]
    public void Real_content_validates_clean()
    {
        var result = new HandbookLoader().Load(RepositoryPaths.Content);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => d.Format("content"))));
        Assert.True(result.FileCount > 100);
    }
}
