namespace Handreiking.Site.Views;

/// <summary>The route: "voor u begint" and the phases with their steps.</summary>
public sealed record RouteView(StepCard? BeforeYouStart, IReadOnlyList<PhaseView> Phases);
