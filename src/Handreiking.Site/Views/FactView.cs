namespace Handreiking.Site.Views;

/// <summary>A label and value in a case's fact sheet.</summary>
public sealed record FactView(string Label, string Value, string? Url = null);
