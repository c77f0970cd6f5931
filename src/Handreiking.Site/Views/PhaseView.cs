namespace Handreiking.Site.Views;

/// <summary>A phase in the route diagram with its steps.</summary>
public sealed record PhaseView(string Id, string Number, string Title, string Summary, IReadOnlyList<StepCard> Steps);
