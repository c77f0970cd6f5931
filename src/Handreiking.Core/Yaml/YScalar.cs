using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Yaml;

/// <summary>A scalar: text, a number or a boolean, as written.</summary>
internal sealed class YScalar(SourceLocation location, string value, bool isPlain, ScalarSource? source = null) : YNode(location)
{
    /// <summary>Where the scalar stands in its file; null for values the reader made up (a missing value).</summary>
    public ScalarSource? Source { get; } = source;

    /// <summary>The location of <paramref name="needle"/> inside the scalar as written, or of the scalar.</summary>
    public SourceLocation LocationOf(string needle) => Source?.Find(needle) ?? Location;

    public string Value { get; } = value;

    /// <summary>True when written without quotes or block indicators, so YAML reads it by its form (number, boolean, null).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for an empty value or a plain <c>~</c>/<c>null</c>, which YAML reads as "nothing".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ShapeName => IsNull ? "niets (een lege waarde)" : "tekst";
}
