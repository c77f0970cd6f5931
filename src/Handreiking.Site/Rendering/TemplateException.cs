using Scriban.Parsing;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Thrown inside a render with a Dutch message and a code, at the place in the template that
/// caused it. It derives from Scriban's runtime exception so Scriban lets it pass unwrapped.
/// </summary>
internal sealed class TemplateException(SourceSpan span, string code, string message)
    : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;

    public TemplateError Error => TemplateError.At(Span, Code, OriginalMessage);
}
