using Handreiking.Core.Diagnostics;
using Handreiking.Site.PostProcessing;

namespace Handreiking.Site;

/// <summary>What a build did: success, or every content problem, broken link or theme error that stopped it.</summary>
public sealed record BuildResult
{
    public required bool Success { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<BrokenLink> BrokenLinks { get; init; } = [];

    /// <summary>A theme or output problem, in plain Dutch.</summary>
    public string? Error { get; init; }

    /// <summary>What the build says whether or not it is verbose, such as that the checklist PDFs were skipped.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    public int PageCount { get; init; }

    public int FileCount { get; init; }

    /// <summary>Addresses of the pages rendered in this build (all, or only the affected ones in serve).</summary>
    public IReadOnlyList<string> RenderedPages { get; init; } = [];
}
