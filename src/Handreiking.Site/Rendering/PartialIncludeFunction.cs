using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// The theme's <c>include 'name' key: value …</c>: renders a partial of <see cref="ThemePartialLoader"/>
/// with each named value as a local variable (<c>$key</c>). Written as a statement
/// (<c>{{ include 'list' list: model.actions }}</c>) the partial writes straight into the page, with
/// no string in between; used as a value (<c>x = include 'list' …</c>) it returns the partial's
/// output as <see cref="TrustedHtml"/>: it was made by the template's text and encoded or trusted
/// values, so writing it must not encode it again. Scriban's own include would do the same work
/// with a string per call and its named values evaluated twice.
/// </summary>
internal sealed class PartialIncludeFunction : IScriptCustomFunction
{
    // A variable node per parameter name, made once: Scriban looks locals up by node.
    private readonly ConcurrentDictionary<string, ScriptVariable> _parameters = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    // Named values are collected on the argument list, not matched to parameters.
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "partial");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new TemplateException(span, TemplateErrorCodes.UnknownPartial,
                "Schrijf include met de naam van een partial tussen aanhalingstekens en daarna benoemde waarden, zoals: include 'list' list: model.actions.");
        }

        var path = context.GetTemplatePathFromName(name, callerContext) ?? throw new TemplateException(span, TemplateErrorCodes.UnknownPartial, $"Onbekende partial '{name}'.");
        var template = context.GetOrCreateTemplate(path, callerContext);
        var inPlace = callerContext?.Parent is ScriptExpressionStatement;
        context.EnterRecursive(callerContext);
        if (!inPlace)
        {
            context.PushOutput();
        }

        context.PushLocal();
        string? output = null;
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (arguments.ScriptObject.Count > 0)
            {
                foreach (var (key, value) in arguments.ScriptObject)
                {
                    context.SetValue(_parameters.GetOrAdd(key, k => ScriptVariable.Create(k, ScriptVariableScope.Local)), value, false, true);
                }
            }

            if (template.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            context.PopLocal();
            if (!inPlace)
            {
                output = context.PopOutput().ToString();
            }

            context.ExitRecursive(callerContext);
        }

        return inPlace ? null : new TrustedHtml(output ?? string.Empty);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
