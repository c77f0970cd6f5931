using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// The search facets, taken from the typed model rather than typed by hand in templates: what
/// kind a page is, and for cases their themes, target groups, partner organisations, place,
/// country, methods, factors, steps, funds and sources. One name per facet serves the search
/// index, the cases list and the addresses that link to a filtered list (<c>?doelgroep=Ouders</c>).
/// </summary>
public static class Facets
{
    public const string Kind = "soort";
    public const string Theme = "thema";
    public const string TargetGroup = "doelgroep";
    public const string OrganisationType = "organisatietype";
    public const string Place = "plaats";
    public const string Country = "land";
    public const string Method = "methode";
    public const string Factor = "succesfactor";
    public const string Step = "stap";
    public const string Fund = "fonds";
    public const string Source = "bron";
    public const string Cluster = "cluster";

    /// <summary>Every facet a case has, in the order the cases list knows them; a link may filter by any of them.</summary>
    public static IReadOnlyList<string> CaseFacets { get; } = [Theme, TargetGroup, OrganisationType, Place, Country, Method, Factor, Step, Fund, Source];

    /// <summary>The facets the cases list offers as filters, in the order they show.</summary>
    public static IReadOnlyList<string> CaseFilters { get; } = [Theme, TargetGroup, OrganisationType, Place, Country, Method, Factor];

    /// <summary>The facets the search index carries for a case page (the search page offers these).</summary>
    private static readonly IReadOnlyList<string> CaseSearchFacets = [Theme, TargetGroup, OrganisationType, Place, Country, Method, Factor];

    public static IReadOnlyList<SearchFilter> ForCase(SiteContext context, PracticeCase c) =>
    [
        new(Kind, context.Locale["kind_praktijkvoorbeeld"]),
        .. CaseValues(context, c).Where(f => CaseSearchFacets.Contains(f.Name)).SelectMany(f => f.Values.Select(v => new SearchFilter(f.Name, v))),
    ];

    /// <summary>Each case facet with this case's values, in the order of <see cref="CaseFacets"/>.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> CaseValues(SiteContext context, PracticeCase c) => context.FacetValues(c);

    internal static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Compute(SiteContext context, PracticeCase c) =>
    [
        (Theme, [.. c.Themes.Select(t => t.Title)]),
        (TargetGroup, [.. c.TargetGroups.Select(g => g.Title)]),
        (OrganisationType, [.. c.OrganisationTypes.Select(o => o.Title)]),
        (Place, [c.Place]),
        (Country, [CountryName(context, c)]),
        (Method, [.. c.Methods.Select(m => m.Title)]),
        (Factor, [.. c.Factors.Select(f => f.Title)]),
        (Step, [.. c.Steps.Select(s => s.Title)]),
        (Fund, [.. c.Funds.Select(f => f.Title)]),
        (Source, [.. c.Citations.Select(x => x.Source.Title).Distinct(StringComparer.Ordinal)]),
    ];

    public static string CountryName(SiteContext context, PracticeCase c) =>
        context.Locale["country_" + c.Country.ToString().ToLowerInvariant()];

    /// <summary>The given facets over all cases with counts, values in alphabetical order.</summary>
    public static IReadOnlyList<FacetView> ForCases(SiteContext context, IReadOnlyList<string> names)
    {
        var values = context.Handbook.Cases.Select(c => CaseValues(context, c)).ToList();
        var order = StringComparer.Create(context.Locale.Culture, ignoreCase: true);
        return
        [
            .. names.Select(name =>
            {
                var index = IndexOf(name);
                return new FacetView(
                    name,
                    context.Locale["facet_" + name],
                    [.. values.SelectMany(v => v[index].Values.Distinct())
                        .GroupBy(v => v, StringComparer.Ordinal)
                        .OrderBy(g => g.Key, order)
                        .ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => new FacetValue(g.Key, g.Count()))]);
            }),
        ];
    }

    /// <summary>The position of a case facet in <see cref="CaseFacets"/> (and in <see cref="CaseValues"/>).</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < CaseFacets.Count; i++)
        {
            if (CaseFacets[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{name}' is not a case facet.", nameof(name));
    }

    /// <summary>The address of the cases list filtered by one value of a facet.</summary>
    public static string CasesFilteredBy(SiteContext context, string facet, string value) =>
        context.Urls.Cases + "?" + facet + "=" + Uri.EscapeDataString(value);

    public static IReadOnlyList<SearchFilter> OfKind(SiteContext context, string kind, params SearchFilter[] more) =>
        [new(Kind, context.Locale["kind_" + kind]), .. more];
}
