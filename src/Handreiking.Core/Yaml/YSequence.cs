using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>A YAML list.</summary>
internal sealed class YSequence(SourceLocation location, IReadOnlyList<YNode> items) : YNode(location)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string ShapeName => "een lijst";
}
