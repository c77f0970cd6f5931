using System.Globalization;

namespace Handreiking.Core.Loading;

/// <summary>Orders culture sort keys by their bytes.</summary>
internal sealed class SortKeyComparer : IComparer<SortKey>
{
    public static SortKeyComparer Instance { get; } = new();

    public int Compare(SortKey? x, SortKey? y) => SortKey.Compare(x!, y!);
}
