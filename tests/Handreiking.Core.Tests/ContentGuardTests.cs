using Handreiking.Core.Loading;

namespace Handreiking.Core.Tests;

/// <summary>The guards on the real content.</summary>
public class ContentGuardTests : ContentGuards
{
    private static readonly Lazy<LoadResult> Real = new(() => new HandbookLoader().Load(RepositoryPaths.Content));

    protected override LoadResult Loaded => Real.Value;

    protected override bool RecordsInventory => true;

    [Fact]
    public void The_inventory_fails_on_removed_content_only()
    {
        var before = "## methoden: 2\nhuisbezoeken\nambassadeurs\n\n## praktijkvoorbeelden: 1\ninstapje-genk\n\n## tips: 3 doen, 1 niet doen\n";
        var added = before.Replace("instapje-genk\n", "instapje-genk\ntaalcafe\n", StringComparison.Ordinal).Replace("3 doen", "4 doen", StringComparison.Ordinal);
        var removed = before.Replace("huisbezoeken\n", string.Empty, StringComparison.Ordinal);

        Assert.Empty(Removed(before, added));
        Assert.Equal(["methoden/huisbezoeken"], Removed(before, removed));
    }
}
