using Handreiking.Core.Diagnostics;

namespace Handreiking.Core.Loading;

/// <summary>
/// The checked values of one mapping, by Dutch key. Only values that passed their checks are
/// here, so the model builder can read them without checking again.
/// </summary>
internal sealed class FieldValues(SourceLocation location)
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly List<LocatedText> _texts = [];

    public SourceLocation Location { get; } = location;

    public void Set(string key, object value, SourceLocation at)
    {
        _values[key] = value;
        _locations[key] = at;
    }

    /// <summary>Every text value of this mapping (texts, Markdown, items of text lists), in file order, with where it starts.</summary>
    public IReadOnlyList<LocatedText> Texts => _texts;

    public void AddText(LocatedText text) => _texts.Add(text);

    /// <summary>The texts of this mapping and of the mappings nested in it (lists, products, citations), in file order.</summary>
    public IEnumerable<LocatedText> AllTexts()
    {
        var nested = _values.Values.OfType<IReadOnlyList<FieldValues>>().SelectMany(objects => objects.SelectMany(o => o.AllTexts()));
        return _texts.Concat(nested)
            .OrderBy(t => t.Location.Line)
            .ThenBy(t => t.Location.Column);
    }

    public SourceLocation LocationOf(string key) => _locations.GetValueOrDefault(key, Location);

    public object? Get(string key) => _values.GetValueOrDefault(key);

    public string? Text(string key) => _values.GetValueOrDefault(key) as string;

    public int? Integer(string key) => _values.TryGetValue(key, out var v) && v is int i ? i : null;

    public bool? Boolean(string key) => _values.TryGetValue(key, out var v) && v is bool b ? b : null;

    public DateOnly? Date(string key) => _values.TryGetValue(key, out var v) && v is DateOnly d ? d : null;

    public IdReference? Reference(string key) => _values.GetValueOrDefault(key) as IdReference;

    public IReadOnlyList<IdReference> References(string key) =>
        _values.GetValueOrDefault(key) as IReadOnlyList<IdReference> ?? [];

    public IReadOnlyList<FormerId> FormerIds(string key) =>
        _values.GetValueOrDefault(key) as IReadOnlyList<FormerId> ?? [];

    public IReadOnlyList<string> TextList(string key) =>
        _values.GetValueOrDefault(key) as IReadOnlyList<string> ?? [];

    public IReadOnlyList<FieldValues> Objects(string key) =>
        _values.GetValueOrDefault(key) as IReadOnlyList<FieldValues> ?? [];

    /// <summary>Every reference in these values and their nested objects, for resolution.</summary>
    public IEnumerable<IdReference> AllReferences()
    {
        foreach (var value in _values.Values)
        {
            switch (value)
            {
                case IdReference single:
                    yield return single;
                    break;
                case IReadOnlyList<IdReference> many:
                    foreach (var r in many)
                    {
                        yield return r;
                    }

                    break;
                case IReadOnlyList<FieldValues> objects:
                    foreach (var r in objects.SelectMany(o => o.AllReferences()))
                    {
                        yield return r;
                    }

                    break;
            }
        }
    }
}
