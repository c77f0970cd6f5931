using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>
/// A node of a parsed YAML file that remembers where it starts. We build our own small tree
/// from YamlDotNet's parser events, instead of its representation model, so that duplicate keys,
/// anchors and deep nesting become diagnostics rather than exceptions.
/// </summary>
internal abstract class YNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Dutch name of the node's shape, for messages ("tekst", "een lijst", …).</summary>
    public abstract string ShapeName { get; }
}
