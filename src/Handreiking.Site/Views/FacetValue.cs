namespace Handreiking.Site.Views;

/// <summary>One value of a facet and the number of items that have it.</summary>
public sealed record FacetValue(string Value, int Count);
