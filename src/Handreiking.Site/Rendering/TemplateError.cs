using Scriban.Parsing;

namespace Handreiking.Site.Rendering;

/// <summary>A template problem, told the way content diagnostics are: <c>path:line:column: error CODE: message</c>.</summary>
/// <param name="File">The template's path from the theme folder's parent, such as <c>theme/pages/case.sbn-html</c>.</param>
/// <param name="Line">1-based line, or 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based column.</param>
internal sealed record TemplateError(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>Where Scriban says the problem is (its lines and columns count from 0).</summary>
    public static TemplateError At(SourceSpan span, string code, string message) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1, code, message);

    public override string ToString() => Line > 0
        ? $"{File}:{Line}:{Column}: error {Code}: {Message}"
        : $"{File}: error {Code}: {Message}";
}
