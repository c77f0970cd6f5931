namespace Handreiking.Core.Loading;

/// <summary>The inverted links of one kind: for each target, the items that name it.</summary>
internal sealed class Backlinks<TTarget, TItem>(Dictionary<TTarget, List<TItem>> map)
    where TTarget : class
{
    public IReadOnlyList<TItem> For(TTarget target) => map.TryGetValue(target, out var items) ? items : [];
}
