using Handreiking.Core.Diagnostics;
using Handreiking.Core.Model;

namespace Handreiking.Core.Loading;

/// <summary>
/// What loading a content folder gave: the handbook, built from every item that could be read,
/// and every problem found, ordered by file, line and column.
/// </summary>
/// <param name="Handbook">The handbook; complete only when <see cref="HasErrors"/> is false.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
/// <param name="FileCount">How many content files were read.</param>
public sealed record LoadResult(Handbook Handbook, IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The checked values of every file that could be read, for exports that follow the files' own shape.</summary>
    internal IReadOnlyList<ContentDocument> Documents { get; init; } = [];
}
