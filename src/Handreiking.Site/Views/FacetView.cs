namespace Handreiking.Site.Views;

/// <summary>A facet with its values and how many items have each, for filter controls.</summary>
public sealed record FacetView(string Name, string Label, IReadOnlyList<FacetValue> Values);
