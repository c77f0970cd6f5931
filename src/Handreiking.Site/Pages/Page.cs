using Handreiking.Core.Model;
using Handreiking.Site.Views;

namespace Handreiking.Site.Pages;

/// <summary>
/// A page to render: its address, template, metadata and dedicated view model. Pages keep no list
/// of what they depend on: a rebuild renders every page again and writes only those whose bytes
/// changed, so it always equals a full build.
/// </summary>
public sealed record Page
{
    public required string Url { get; init; }

    public required string Template { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Page type, for the body class and search metadata: home, succesfactor, stap, …</summary>
    public required string Kind { get; init; }

    /// <summary>The navigation section the page belongs to.</summary>
    public required string Section { get; init; }

    /// <summary>Breadcrumb trail above the title, from home to the parent (the current page is added by the layout).</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The content file shown on this page, for "bewerk deze pagina" and "laatst bijgewerkt".</summary>
    public string? SourceFile { get; init; }

    /// <summary>The sources the page draws on, for the years shown in the footer.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public IReadOnlyList<RelatedGroup> Related { get; init; } = [];

    public string OgType { get; init; } = "article";

    /// <summary>Whether the search index should include the page.</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>Facet values for the search index.</summary>
    public IReadOnlyList<SearchFilter> SearchFilters { get; init; } = [];

    /// <summary>The place shown with a search result (cases).</summary>
    public string? SearchPlace { get; init; }

    public required object Model { get; init; }

    /// <summary>Scripts only this page loads (beside the site's own), by address: the checklist builder's, for one.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>
    /// Whether the page shows when its content last changed: its own file's date, or for an
    /// overview the newest of all content. Pages without content of their own (search, 404) do not.
    /// </summary>
    public bool HasContentDate { get; init; } = true;

    public string OutputPath => Urls.OutputPath(Url);
}
