namespace Handreiking.Site.Views;

/// <summary>A case as a card in the cases list: the same fields the browser shows when it filters from the cases index.</summary>
/// <param name="Year">The year it started, or else the year of its oldest source; nothing when neither is known.</param>
public sealed record CaseRow(string Url, string Title, string Place, string Country, string? Year, IReadOnlyList<string> Themes, IReadOnlyList<string> TargetGroups);
