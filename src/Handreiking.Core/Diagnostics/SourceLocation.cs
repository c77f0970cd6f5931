namespace Handreiking.Core.Diagnostics;

/// <summary>
/// A place in a content file: the file path relative to the content folder (with forward
/// slashes), and a 1-based line and column, like YamlDotNet's <c>Mark</c>.
/// </summary>
/// <param name="File">Path relative to the content folder, for example <c>praktijkvoorbeelden/taalbazaar.yml</c>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the file as a whole.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
