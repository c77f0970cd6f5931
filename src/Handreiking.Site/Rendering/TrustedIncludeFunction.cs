using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked as <see cref="TrustedHtml"/>: a partial's output
/// was made by the template (its text) and by encoded or trusted values, so writing it again must
/// not encode it a second time. Which partials exist is up to <see cref="ThemePartialLoader"/>.
/// </summary>
internal sealed class TrustedIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
