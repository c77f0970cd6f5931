namespace Handreiking.Core.Model;

/// <summary>
/// A whole practice handbook: its own data and every item, each collection in a stable order
/// (clusters and phases by order, steps and methods by number, everything else by title), with
/// all references resolved both ways.
/// </summary>
public sealed record Handbook
{
    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Language code of the content, such as <c>nl</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Date of this version.</summary>
    public required DateOnly VersionDate { get; init; }

    /// <summary>Address of the website.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Address of the repository, for "edit this page" links.</summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>Introduction in Markdown.</summary>
    public required string Introduction { get; init; }

    /// <summary>About the handbook, in Markdown: how it was made, licence, how to contribute, accessibility.</summary>
    public string? About { get; init; }

    /// <summary>The step "voor u begint", if the handbook has one.</summary>
    public RouteStep? BeforeYouStart { get; init; }

    /// <summary>Clusters of success factors.</summary>
    public required IReadOnlyList<Cluster> Clusters { get; init; }

    /// <summary>Success factors.</summary>
    public required IReadOnlyList<SuccessFactor> Factors { get; init; }

    /// <summary>Phases of the route.</summary>
    public required IReadOnlyList<Phase> Phases { get; init; }

    /// <summary>Steps of the route.</summary>
    public required IReadOnlyList<RouteStep> Steps { get; init; }

    /// <summary>Methods.</summary>
    public required IReadOnlyList<Method> Methods { get; init; }

    /// <summary>Practice cases.</summary>
    public required IReadOnlyList<PracticeCase> Cases { get; init; }

    /// <summary>Target groups.</summary>
    public required IReadOnlyList<TargetGroup> TargetGroups { get; init; }

    /// <summary>Types of partner organisations.</summary>
    public required IReadOnlyList<OrganisationType> OrganisationTypes { get; init; }

    /// <summary>Themes.</summary>
    public required IReadOnlyList<Theme> Themes { get; init; }

    /// <summary>Funds.</summary>
    public required IReadOnlyList<Fund> Funds { get; init; }

    /// <summary>Sources.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>The glossary: terms the content uses, each explained once, sorted by term.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];

    /// <summary>Every item of every kind, in the order of the collections above.</summary>
    public IEnumerable<HandbookItem> AllItems =>
        Clusters.Cast<HandbookItem>().Concat(Factors).Concat(Phases).Concat(Steps).Concat(Methods)
            .Concat(Cases).Concat(TargetGroups).Concat(OrganisationTypes).Concat(Themes).Concat(Funds).Concat(Sources)
            .Concat(Glossary);

    /// <summary>Every do and don't, of factors, steps and methods, in that order.</summary>
    public IEnumerable<Tip> Tips =>
        Factors.SelectMany(f => f.Tips).Concat(Steps.SelectMany(s => s.Tips)).Concat(Methods.SelectMany(m => m.Tips));
}
