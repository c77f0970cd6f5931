using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>A scalar: text, a number or a boolean, as written.</summary>
internal sealed class YScalar(SourceLocation location, string value, bool isPlain) : YNode(location)
{
    public string Value { get; } = value;

    /// <summary>True when written without quotes or block indicators, so YAML reads it by its form (number, boolean, null).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for an empty value or a plain <c>~</c>/<c>null</c>, which YAML reads as "nothing".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ShapeName => IsNull ? "niets (een lege waarde)" : "tekst";
}
