namespace Handreiking.Site.Views;

/// <summary>A case in the cases index.</summary>
public sealed record CaseRow(string Url, string Title, string Summary, string Place, string Country, string Organisation, IReadOnlyList<string> Themes, IReadOnlyList<string> TargetGroups);
