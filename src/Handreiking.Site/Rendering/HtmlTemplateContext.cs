using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using Handreiking.Core.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// The context of one page render: safe and strict by default. Every value a template writes is
/// HTML-encoded unless it is <see cref="TrustedHtml"/>; templates see the page's variables, the
/// view types and a few of Scriban's function groups, nothing else; and anything unknown is an
/// error with a Dutch message at the template's line and column, never an empty string.
/// Not thread-safe (Scriban's contexts are not): one render at a time; the renderer resets and reuses it.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Steps all loops of one top-level loop may take together. The cases index at 10,000 cases
    /// takes about 70,000 (a row and its facets per case); a million leaves room for sites ten
    /// times larger and still stops a loop without end in well under a second.
    /// </summary>
    public const int MaxLoopSteps = 1_000_000;

    /// <summary>Includes and function calls inside each other. The theme nests two deep; 20 is ample and stops a partial that includes itself.</summary>
    public const int MaxDepth = 20;

    private readonly FrozenDictionary<Type, ViewAccessor> _views;
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors;
    private readonly ThemePartialLoader _partials;
    private readonly IReadOnlyCollection<string> _globals;

    /// <param name="builtins">The functions templates may call, shared read-only.</param>
    /// <param name="views">The view types' accessors.</param>
    /// <param name="accessors">Accessors by type, shared by the renderer's contexts: Scriban keeps them per context, and finding one costs reflection.</param>
    /// <param name="partials">The theme's parsed partials.</param>
    /// <param name="globals">The names of the page's variables, for "did you mean".</param>
    public HtmlTemplateContext(ScriptObject builtins, FrozenDictionary<Type, ViewAccessor> views, ConcurrentDictionary<Type, IObjectAccessor> accessors, ThemePartialLoader partials, IReadOnlyCollection<string> globals)
        : base(builtins)
    {
        _views = views;
        _accessors = accessors;
        _partials = partials;
        _globals = globals;

        // Strict: a misspelt name is an error, never an empty string on every page.
        StrictVariables = true;               // unknown variable or function → error (reported by UnknownVariable)
        EnableRelaxedMemberAccess = false;    // unknown member or text key, or a member of null → error (UnknownMember)
        EnableRelaxedTargetAccess = false;    // member of a null value → error (Scriban's default, stated here)
        EnableRelaxedFunctionAccess = false;  // call of a function that does not exist → error (Scriban's default)
        EnableRelaxedIndexerAccess = false;   // list[99] past the end → error instead of nothing
        EnableNullIndexer = false;            // list[null] → error (Scriban's default)

        // Bounded: loops and nesting have limits, so no template can hang or overflow the stack.
        LoopLimit = MaxLoopSteps;
        RecursiveLimit = MaxDepth;

        // Scriban cuts strings and output at LimitToString with "..."; a large index page is
        // legitimately longer than its default of 1 MB, and cutting a page silently is worse than
        // no limit. Output stays bounded by the content and the loop limit.
        LimitToString = 0;

        // Output exactly as written: no indentation added to multi-line values, and "\n" on every system.
        AutoIndent = false;
        NewLine = "\n";

        MemberRenamer = StandardMemberRenamer.Default;
        TemplateLoader = partials;
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
    }

    /// <summary>Writes the result of a <c>{{ … }}</c>: trusted HTML as it is, anything else HTML-encoded.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml html)
        {
            Write(html.Html);
        }
        else if (textAsObject is not null && ObjectToString(textAsObject) is { } text)
        {
            HtmlEncoding.Write(this, text);
        }

        return this;
    }

    /// <summary>Empty text and empty HTML count as false in <c>if</c>, like nothing at all.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        TrustedHtml html => !html.IsEmpty,
        string text => text.Length > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Members of view types through their compiled accessors; Scriban's own values as Scriban reads them; any other .NET type not at all.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (_views.TryGetValue(type, out var view))
        {
            return view;
        }

        if (_accessors.TryGetValue(type, out var known))
        {
            return known;
        }

        // Scriban's accessors for these are stateless, so one per type serves every context.
        if (target is IScriptObject or string or IList or IDictionary<string, string> || type.IsPrimitive)
        {
            return _accessors.GetOrAdd(type, base.GetMemberAccessorImpl(target) ?? throw new InvalidOperationException($"Scriban has no accessor for {type}."));
        }

        throw new TemplateException(CurrentSpan, TemplateErrorCodes.HiddenType,
            $"Een waarde van het type {target.GetType().Name} is niet beschikbaar in templates; alleen de views in Handreiking.Site.Views zijn dat.");
    }

    /// <summary>Partials come parsed from the loader, never parsed again per render.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _partials.Parsed(templatePath).Template;

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        var isFunction = variable.Parent is ScriptFunctionCall call && ReferenceEquals(call.Target, variable)
            || variable.Parent is ScriptPipeCall pipe && ReferenceEquals(pipe.To, variable);
        var name = variable.ToString();
        var known = _globals.Concat(BuiltinObject.Keys).Order(StringComparer.Ordinal).ToList();
        var suggestion = Suggestions.Closest(variable.Name, known);
        var hint = suggestion is null ? string.Empty : $" Bedoelt u '{suggestion}'?";
        if (isFunction)
        {
            throw new TemplateException(span, TemplateErrorCodes.UnknownFunction,
                $"Onbekende functie '{name}'.{hint} Functies staan in: {string.Join(", ", BuiltinObject.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (variable.Scope == ScriptVariableScope.Local)
        {
            throw new TemplateException(span, TemplateErrorCodes.UnknownVariable,
                $"Onbekende variabele '{name}'. Geef hem mee aan de partial: include 'naam' {variable.Name.TrimStart('$')}: waarde.");
        }

        throw new TemplateException(span, TemplateErrorCodes.UnknownVariable,
            $"Onbekende variabele '{name}'.{hint} Een template kent: {string.Join(", ", _globals)} en de variabelen die het zelf maakt.");
    }

    private bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var accessor = GetMemberAccessor(target);
        var members = accessor.GetMembers(this, span, target).Order(StringComparer.Ordinal).ToList();
        var suggestion = Suggestions.Closest(member, members);
        var hint = suggestion is null ? string.Empty : $" Bedoelt u '{suggestion}'?";
        throw target switch
        {
            _ when _views.TryGetValue(target.GetType(), out var view) => new TemplateException(span, TemplateErrorCodes.UnknownMember,
                members.Count == 0
                    ? $"{view.TypeName} heeft geen '{member}'; schrijf de waarde zelf, zonder punt erachter."
                    : $"{view.TypeName} heeft geen '{member}'.{hint} Wel: {string.Join(", ", members)}."),
            IDictionary<string, string> => new TemplateException(span, TemplateErrorCodes.UnknownMember,
                $"Het thema heeft geen tekst '{member}'.{hint} Zet hem in elk bestand in locales/."),
            IScriptObject when members.Any(m => accessor.TryGetValue(this, span, target, m, out var f) && f is IScriptCustomFunction) =>
                new TemplateException(span, TemplateErrorCodes.UnknownFunction, $"Onbekende functie '{member}'.{hint}"),
            IList => new TemplateException(span, TemplateErrorCodes.UnknownMember, $"Een lijst heeft geen '{member}', alleen 'size'."),
            _ => new TemplateException(span, TemplateErrorCodes.UnknownMember,
                $"'{member}' bestaat niet.{hint}" + (members.Count == 0 ? string.Empty : $" Wel: {string.Join(", ", members)}.")),
        };
    }
}
