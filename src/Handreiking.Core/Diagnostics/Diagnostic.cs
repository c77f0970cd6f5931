namespace Handreiking.Core.Diagnostics;

/// <summary>
/// One problem in the content: where it is, a stable code, a message in plain Dutch for the
/// editor, and a hint how to fix it.
/// </summary>
/// <param name="Code">Stable code such as <c>HR0002</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="Message">What is wrong, in plain Dutch.</param>
/// <param name="Hint">How to fix it, in plain Dutch.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    string Hint)
{
    /// <summary>
    /// Formats the diagnostic the way compilers do (<c>path:line:column: error CODE: message</c>),
    /// which editors, terminals and CI annotations understand. Control characters and invisible
    /// formatting characters that came from content are escaped visibly (<see cref="Printable"/>).
    /// </summary>
    /// <param name="contentRoot">Folder to put before the relative file path, or <c>null</c>.</param>
    public string Format(string? contentRoot = null)
    {
        var path = string.IsNullOrEmpty(contentRoot)
            ? Location.File
            : contentRoot.TrimEnd('/', '\\') + "/" + Location.File;
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Printable.Escape($"{path}:{Location.Line}:{Location.Column}: {severity} {Code}: {Message} {Hint}");
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
