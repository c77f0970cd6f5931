using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// The search facets, taken from the typed model rather than typed by hand in templates: what
/// kind a page is, and for cases their themes, target groups, place, country, methods and factors.
/// </summary>
public static class Facets
{
    public const string Kind = "soort";
    public const string Theme = "thema";
    public const string TargetGroup = "doelgroep";
    public const string Place = "plaats";
    public const string Country = "land";
    public const string Method = "methode";
    public const string Factor = "succesfactor";
    public const string Cluster = "cluster";

    /// <summary>The facets of the cases index, in the order the filters show.</summary>
    public static IReadOnlyList<string> CaseFacets { get; } = [Theme, TargetGroup, Place, Country, Method, Factor];

    public static IReadOnlyList<SearchFilter> ForCase(SiteContext context, PracticeCase c) =>
    [
        new(Kind, context.Locale["kind_praktijkvoorbeeld"]),
        .. CaseValues(context, c).SelectMany(f => f.Values.Select(v => new SearchFilter(f.Name, v))),
    ];

    /// <summary>Each case facet with this case's values.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> CaseValues(SiteContext context, PracticeCase c) =>
    [
        (Theme, [.. c.Themes.Select(t => t.Title)]),
        (TargetGroup, [.. c.TargetGroups.Select(g => g.Title)]),
        (Place, [c.Place]),
        (Country, [context.Locale["country_" + c.Country.ToString().ToLowerInvariant()]]),
        (Method, [.. c.Methods.Select(m => m.Title)]),
        (Factor, [.. c.Factors.Select(f => f.Title)]),
    ];

    /// <summary>The facets of all cases with counts, values in alphabetical order.</summary>
    public static IReadOnlyList<FacetView> ForCases(SiteContext context) =>
    [
        .. CaseFacets.Select(name => new FacetView(
            name,
            context.Locale["facet_" + name],
            [.. context.Handbook.Cases
                .SelectMany(c => CaseValues(context, c).Single(f => f.Name == name).Values.Distinct())
                .GroupBy(v => v, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Create(context.Locale.Culture, ignoreCase: true))
                .Select(g => new FacetValue(g.Key, g.Count()))])),
    ];

    public static IReadOnlyList<SearchFilter> OfKind(SiteContext context, string kind, params SearchFilter[] more) =>
        [new(Kind, context.Locale["kind_" + kind]), .. more];
}
