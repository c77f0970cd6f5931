namespace Handreiking.Site.Views;

/// <summary>A step in the route diagram.</summary>
public sealed record StepCard(string Url, string Number, string Title, string Summary);
