using System.Globalization;
using Handreiking.Core.Model;
using Handreiking.Core.Schema;

namespace Handreiking.Core.Loading;

/// <summary>
/// Builds the immutable model from checked documents: first every item with its own data, then
/// the links between items, both ways. References that did not resolve were reported already
/// and are left out here; missing required text falls back to the id so a partial handbook
/// still holds together.
/// </summary>
internal sealed class ModelBuilder
{
    private static readonly CompareInfo TitleCompare = CultureInfo.InvariantCulture.CompareInfo;

    private readonly ILookup<ContentKind, ContentDocument> _documents;
    private readonly Dictionary<(ContentKind, string), HandbookItem> _items = [];

    private ModelBuilder(IReadOnlyList<ContentDocument> documents)
    {
        _documents = documents.ToLookup(d => d.Kind.Kind);
    }

    public static Handbook Build(IReadOnlyList<ContentDocument> documents) => new ModelBuilder(documents).Build();

    private Handbook Build()
    {
        var clusters = Create(ContentKind.Cluster, (d, v) => new Cluster { Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d), Order = v.Integer("volgorde") ?? int.MaxValue })
            .OrderBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var factors = ByTitle(Create(ContentKind.SuccessFactor, (d, v) => new SuccessFactor
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Explanation = v.Text("uitleg") ?? string.Empty,
            Actions = v.TextList("wat-te-doen"),
            Tips = Tips(d, ContentKind.SuccessFactor),
            ChecklistUse = ChecklistUseOf(v),
        }));
        var phases = Create(ContentKind.Phase, (d, v) => new Phase { Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d), Order = v.Integer("volgorde") ?? int.MaxValue })
            .OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var steps = Create(ContentKind.Step, (d, v) => new RouteStep
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Number = v.Integer("nummer") ?? int.MaxValue,
            Explanation = v.Text("uitleg") ?? string.Empty,
            Questions = v.TextList("vragen"),
            Actions = v.TextList("acties"),
            Lists = Lists(v),
            Tips = Tips(d, ContentKind.Step),
            ChecklistUse = ChecklistUseOf(v),
        }).OrderBy(s => s.Number).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var methods = Create(ContentKind.Method, (d, v) => new Method
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Number = v.Integer("nummer") ?? int.MaxValue,
            Explanation = v.Text("uitleg") ?? string.Empty,
            HowTo = v.TextList("stappen"),
            Results = v.Text("resultaten"),
            Lists = Lists(v),
            Tips = Tips(d, ContentKind.Method),
            ChecklistUse = ChecklistUseOf(v),
        }).OrderBy(m => m.Number).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var cases = ByTitle(Create(ContentKind.Case, (d, v) => new PracticeCase
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Organisation = v.Text("organisatie") ?? string.Empty,
            Place = v.Text("plaats") ?? string.Empty,
            Country = v.Text("land") == "BE" ? Country.BE : Country.NL,
            Period = v.Text("periode"),
            IsShort = v.Boolean("kort") ?? false,
            Goal = v.Text("doel") ?? string.Empty,
            Approach = v.Text("aanpak") ?? string.Empty,
            Implementation = v.Text("uitvoering"),
            Results = v.Text("resultaten"),
            WorkingElements = v.TextList("werkzame-elementen"),
            Lessons = v.TextList("lessen"),
            Products = [.. v.Objects("producten").Select(p => new Product(p.Text("titel") ?? string.Empty, p.Text("omschrijving"), p.Text("url")))],
            Website = v.Text("website"),
        }));
        var targetGroups = ByTitle(Create(ContentKind.TargetGroup, (d, v) => new TargetGroup
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Characteristics = v.TextList("kenmerken"),
            HowToReach = v.TextList("bereiken"),
            SuitsNeighbourhoodApproach = v.Boolean("wijkgericht"),
        }));
        var organisationTypes = ByTitle(Create(ContentKind.OrganisationType, (d, v) => new OrganisationType
        {
            Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d),
            Examples = v.TextList("voorbeelden"),
        }));
        var themes = ByTitle(Create(ContentKind.Theme, (d, v) => new Theme { Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d) }));
        var funds = ByTitle(Create(ContentKind.Fund, (d, v) => new Fund { Id = d.Id, Title = Title(d), Summary = Summary(d), Location = Loc(d), Website = v.Text("website") }));
        var sources = ByTitle(Create(ContentKind.Source, (d, v) => new Source
        {
            Id = d.Id, Title = Title(d), Summary = v.Text("omschrijving") ?? Title(d), Location = Loc(d),
            SourceType = v.Text("soort") switch { "publicatie" => SourceType.Publication, "website" => SourceType.Website, _ => SourceType.Document },
            Subtitle = v.Text("ondertitel"),
            Publisher = v.Text("uitgever"),
            Author = v.Text("auteur"),
            Year = v.Integer("jaar"),
            Date = v.Text("datum"),
            Place = v.Text("plaats"),
            Reference = v.Text("kenmerk"),
            Url = v.Text("url"),
            Description = v.Text("omschrijving"),
        })).OrderBy(s => s.SourceType).ToList();

        // Created after the sources, so each entry is complete (citations included) when made.
        var glossary = ByTitle(Create(ContentKind.Glossary, (d, v) => new GlossaryTerm
        {
            Id = d.Id, Title = v.Text("term") ?? d.Id, Summary = v.Text("uitleg") ?? string.Empty, Location = Loc(d),
            Synonyms = v.TextList("synoniemen"),
            Country = v.Text("land") switch { "BE" => Country.BE, "NL" => Country.NL, _ => null },
            Citations = Citations(v),
        }));

        LinkForward();
        LinkBack(clusters, factors, phases, steps, methods, cases, targetGroups, organisationTypes, themes, funds, sources);

        var handbookValues = _documents[ContentKind.Handbook].FirstOrDefault()?.Values;
        return new Handbook
        {
            Title = handbookValues?.Text("titel") ?? "Handreiking",
            Subtitle = handbookValues?.Text("ondertitel"),
            Language = handbookValues?.Text("taal") ?? "nl",
            VersionDate = handbookValues?.Date("versiedatum") ?? DateOnly.MinValue,
            BaseUrl = handbookValues?.Text("basis-url") ?? "http://localhost/",
            RepositoryUrl = handbookValues?.Text("repository-url"),
            Introduction = handbookValues?.Text("inleiding") ?? string.Empty,
            About = handbookValues?.Text("over"),
            BeforeYouStart = Resolve<RouteStep>(handbookValues?.Reference("voor-u-begint")),
            Clusters = clusters,
            Factors = factors,
            Phases = phases,
            Steps = steps,
            Methods = methods,
            Cases = cases,
            TargetGroups = targetGroups,
            OrganisationTypes = organisationTypes,
            Themes = themes,
            Funds = funds,
            Sources = sources,
            Glossary = glossary,
        };
    }

    private List<T> Create<T>(ContentKind kind, Func<ContentDocument, FieldValues, T> create)
        where T : HandbookItem
    {
        var items = new List<T>();
        foreach (var document in _documents[kind].OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var item = create(document, document.Values);
            item.FormerIds = [.. document.Values.FormerIds(KindCatalog.FormerIds.Key).Select(f => f.Id)];
            _items[(kind, document.Id)] = item;
            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// Sorts by title the way a reader expects (case and accents as in a dictionary), with the
    /// id as tie-break. Sort keys are made once per item: comparing culture-aware strings
    /// directly costs a call into ICU per comparison.
    /// </summary>
    private static List<T> ByTitle<T>(IEnumerable<T> items)
        where T : HandbookItem =>
        [.. items
            .Select(i => (Item: i, Key: TitleCompare.GetSortKey(i.Title, CompareOptions.IgnoreCase)))
            .OrderBy(x => x.Key, SortKeyComparer.Instance)
            .ThenBy(x => x.Item.Id, StringComparer.Ordinal)
            .Select(x => x.Item)];

    private static string Title(ContentDocument d) => d.Values.Text("titel") ?? d.Id;

    private static string Summary(ContentDocument d) => d.Values.Text("samenvatting") ?? string.Empty;

    private static Diagnostics.SourceLocation Loc(ContentDocument d) => Diagnostics.SourceLocation.StartOf(d.File.RelativePath);

    private static IReadOnlyList<Tip> Tips(ContentDocument d, ContentKind owner) =>
    [
        .. d.Values.TextList("doen").Select(t => new Tip(TipKind.Do, t, d.Id, owner)),
        .. d.Values.TextList("niet-doen").Select(t => new Tip(TipKind.Dont, t, d.Id, owner)),
    ];

    private static ChecklistUse ChecklistUseOf(FieldValues v) =>
        new(v.Text("checklist-moment"), v.Text("checklist-soort") switch
        {
            "lezen-en-doen" => Checklists.ChecklistType.ReadDo,
            "doen-en-controleren" => Checklists.ChecklistType.DoConfirm,
            _ => null,
        });

    private static IReadOnlyList<NamedList> Lists(FieldValues v) =>
        [.. v.Objects("lijsten").Select(l => new NamedList(l.Text("titel") ?? string.Empty, l.Boolean("checklist") ?? false, l.TextList("items")))];

    private T? Resolve<T>(IdReference? reference)
        where T : HandbookItem =>
        reference is not null && _items.TryGetValue((reference.Target, reference.Id), out var item) ? item as T : null;

    private List<T> ResolveAll<T>(IEnumerable<IdReference> references)
        where T : HandbookItem =>
        [.. references.Select(Resolve<T>).OfType<T>().Distinct(ReferenceEqualityComparer.Instance).Cast<T>()];

    private List<Citation> Citations(FieldValues v) =>
    [
        .. v.Objects("bronnen")
            .Select(c => (Source: Resolve<Source>(c.Reference("bron")), Section: c.Text("sectie")))
            .Where(c => c.Source is not null)
            .Select(c => new Citation(c.Source!, c.Section)),
    ];

    private T Item<T>(ContentDocument d)
        where T : HandbookItem => (T)_items[(d.Kind.Kind, d.Id)];

    /// <summary>Sets the links each file names itself.</summary>
    private void LinkForward()
    {
        foreach (var d in _documents[ContentKind.SuccessFactor])
        {
            var factor = Item<SuccessFactor>(d);
            factor.Cluster = Resolve<Cluster>(d.Values.Reference("cluster"));
            factor.Related = ResolveAll<SuccessFactor>(d.Values.References("verwant"));
            factor.Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.Step])
        {
            var step = Item<RouteStep>(d);
            step.Phase = Resolve<Phase>(d.Values.Reference("fase"));
            step.Methods = ResolveAll<Method>(d.Values.References("methoden"));
            step.Factors = ResolveAll<SuccessFactor>(d.Values.References("succesfactoren"));
            step.Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.Method])
        {
            var method = Item<Method>(d);
            method.Factors = ResolveAll<SuccessFactor>(d.Values.References("succesfactoren"));
            method.Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.Case])
        {
            var c = Item<PracticeCase>(d);
            c.TargetGroups = ResolveAll<TargetGroup>(d.Values.References("doelgroepen"));
            c.Themes = ResolveAll<Theme>(d.Values.References("themas"));
            c.Factors = ResolveAll<SuccessFactor>(d.Values.References("succesfactoren"));
            c.Methods = ResolveAll<Method>(d.Values.References("methoden"));
            c.Steps = ResolveAll<RouteStep>(d.Values.References("stappen"));
            c.OrganisationTypes = ResolveAll<OrganisationType>(d.Values.References("organisatietypen"));
            c.Funds = ResolveAll<Fund>(d.Values.References("fondsen"));
            c.Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.TargetGroup])
        {
            Item<TargetGroup>(d).Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.OrganisationType])
        {
            Item<OrganisationType>(d).Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.Fund])
        {
            Item<Fund>(d).Citations = Citations(d.Values);
        }

        foreach (var d in _documents[ContentKind.Source])
        {
            Item<Source>(d).MentionedIn = Resolve<Source>(d.Values.Reference("vermeld-in"));
        }
    }

    /// <summary>Sets the reverse links, each list in the order of the collection it comes from.</summary>
    private static void LinkBack(
        List<Cluster> clusters, List<SuccessFactor> factors, List<Phase> phases, List<RouteStep> steps, List<Method> methods,
        List<PracticeCase> cases, List<TargetGroup> targetGroups, List<OrganisationType> organisationTypes,
        List<Theme> themes, List<Fund> funds, List<Source> sources)
    {
        var factorsOfCluster = Backlinks<Cluster, SuccessFactor>(factors, f => f.Cluster is null ? [] : [f.Cluster]);
        clusters.ForEach(c => c.Factors = factorsOfCluster.For(c));
        var stepsOfPhase = Backlinks<Phase, RouteStep>(steps, s => s.Phase is null ? [] : [s.Phase]);
        phases.ForEach(p => p.Steps = stepsOfPhase.For(p));

        var casesOfFactor = Backlinks(cases, c => c.Factors);
        var stepsOfFactor = Backlinks(steps, s => s.Factors);
        var methodsOfFactor = Backlinks(methods, m => m.Factors);
        foreach (var factor in factors)
        {
            factor.Cases = casesOfFactor.For(factor);
            factor.Steps = stepsOfFactor.For(factor);
            factor.Methods = methodsOfFactor.For(factor);
        }

        var casesOfStep = Backlinks(cases, c => c.Steps);
        steps.ForEach(s => s.Cases = casesOfStep.For(s));
        var stepsOfMethod = Backlinks(steps, s => s.Methods);
        var casesOfMethod = Backlinks(cases, c => c.Methods);
        foreach (var method in methods)
        {
            method.Steps = stepsOfMethod.For(method);
            method.Cases = casesOfMethod.For(method);
        }

        var casesOfGroup = Backlinks(cases, c => c.TargetGroups);
        targetGroups.ForEach(g => g.Cases = casesOfGroup.For(g));
        var casesOfType = Backlinks(cases, c => c.OrganisationTypes);
        organisationTypes.ForEach(t => t.Cases = casesOfType.For(t));
        var casesOfTheme = Backlinks(cases, c => c.Themes);
        themes.ForEach(t => t.Cases = casesOfTheme.For(t));
        var casesOfFund = Backlinks(cases, c => c.Funds);
        funds.ForEach(f => f.Cases = casesOfFund.For(f));

        // The glossary cites sources too, but is left out here until the site has a glossary
        // page: the sources page links every item in CitedBy to that item's page.
        var citing = Backlinks<Source, HandbookItem>(
            [.. factors, .. steps, .. methods, .. cases, .. targetGroups, .. organisationTypes, .. funds],
            item => CitationsOf(item).Select(c => c.Source));
        var mentions = Backlinks<Source, Source>(sources, s => s.MentionedIn is null ? [] : [s.MentionedIn]);
        foreach (var source in sources)
        {
            source.CitedBy = citing.For(source);
            source.Mentions = mentions.For(source);
        }
    }

    private static IReadOnlyList<Citation> CitationsOf(HandbookItem item) => item switch
    {
        SuccessFactor f => f.Citations,
        RouteStep s => s.Citations,
        Method m => m.Citations,
        PracticeCase c => c.Citations,
        TargetGroup g => g.Citations,
        OrganisationType o => o.Citations,
        Fund f => f.Citations,
        _ => [],
    };

    /// <summary>
    /// Inverts links in one pass: for each target, the items that name it, in the order of
    /// <paramref name="items"/>. Items are entities, so they are compared by reference, not by
    /// the records' value equality (which would hash every text field).
    /// </summary>
    private static Backlinks<TTarget, TItem> Backlinks<TTarget, TItem>(IEnumerable<TItem> items, Func<TItem, IEnumerable<TTarget>> targets)
        where TTarget : class
        where TItem : class
    {
        var map = new Dictionary<TTarget, List<TItem>>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            foreach (var target in targets(item).Distinct(ReferenceEqualityComparer.Instance).Cast<TTarget>())
            {
                if (!map.TryGetValue(target, out var list))
                {
                    map[target] = list = [];
                }

                list.Add(item);
            }
        }

        return new Backlinks<TTarget, TItem>(map);
    }
}
