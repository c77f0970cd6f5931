using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>A YAML mapping of keys to values, in file order, with duplicate keys already removed and reported.</summary>
internal sealed class YMapping(SourceLocation location, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(location)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string ShapeName => "een groep sleutels met waarden";
}
