using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Handreiking.Site.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Renders pages with the theme's Scriban templates: a typed view goes in, HTML comes out. The
/// layout, page templates and partials are read and parsed once per renderer and shared by all
/// renders (Scriban templates are read-only while rendering; each render gets its own context).
/// Output is HTML-encoded unless it is <see cref="TrustedHtml"/>, and templates are strict: see
/// <see cref="HtmlTemplateContext"/>. Every problem is a <see cref="TemplateError"/> with the
/// template's path, line and column.
/// </summary>
public sealed partial class TemplateRenderer
{
    /// <summary>The extension of theme templates: Scriban, writing HTML.</summary>
    public const string Extension = ".sbn-html";

    private const string LayoutName = "layout";

    /// <summary>Pages longer than this (in characters) do not give their context back; see <see cref="_contexts"/>.</summary>
    private const int LargePage = 1 << 20;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The variables of every page template; the layout also has <c>content</c>, the page's HTML.</summary>
    private static readonly string[] Globals = ["page", "model", "t", "content"];

    private readonly FrozenDictionary<string, ParsedTemplate> _pages;
    private readonly ParsedTemplate _layout;
    private readonly ThemePartialLoader _partials;
    private readonly ScriptObject _builtins;
    private readonly FrozenDictionary<Type, ViewAccessor> _views;
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors = new();

    // Contexts of finished renders, reset and used again: a new Scriban context per page costs
    // more than a small page takes to render (the case pages render three times faster this way).
    // A render that fails drops its context, and so does one that wrote a large page: its output
    // buffer stays that large, and serve keeps the renderer between builds.
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];
    private readonly string _themeName;

    /// <summary>Reads and parses every template; all syntax errors of all templates fail together.</summary>
    public TemplateRenderer(string themeDirectory)
    {
        // Paths in messages start at the theme folder (theme/pages/case.sbn-html), wherever it is.
        _themeName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDirectory)));
        var errors = new List<TemplateError>();
        if (!ReadAll(themeDirectory, "layouts", errors).TryGetValue(LayoutName, out var layout) && errors.Count == 0)
        {
            errors.Add(new TemplateError($"{_themeName}/layouts/{LayoutName}{Extension}", 0, 0, TemplateErrorCodes.MissingTemplate,
                "Het thema heeft geen layout; elke pagina wordt erin gezet. Maak dit bestand."));
        }

        _pages = ReadAll(themeDirectory, "pages", errors).ToFrozenDictionary(StringComparer.Ordinal);
        _partials = new ThemePartialLoader(ReadAll(themeDirectory, "partials", errors));
        if (errors.Count > 0)
        {
            throw new SiteBuildException(string.Join("\n", errors));
        }

        _layout = layout!;
        _builtins = Builtins();
        _views = ViewTypes();
    }

    /// <summary>Renders a page template into the layout.</summary>
    /// <exception cref="SiteBuildException">The template has an error; the message names the template, line, column and page.</exception>
    public string Render(string template, PageView page, object model, IReadOnlyDictionary<string, string> strings)
    {
        var (html, error) = TryRender(template, page, model, strings);
        return error is null ? html! : throw new SiteBuildException(Describe(error, page.Url, 0));
    }

    /// <summary>
    /// Renders many pages in parallel, in their order. When templates fail, the build fails with
    /// each distinct error once, with the first page (in page order) it happened on, so the
    /// message is the same in every run.
    /// </summary>
    internal IReadOnlyList<string> RenderAll<T>(IReadOnlyList<T> items, Func<T, (string Template, PageView Page, object Model)> view, IReadOnlyDictionary<string, string> strings, GlossaryLinker? glossary = null) =>
        RenderAll(items, view, strings, (_, html) => html, glossary);

    /// <summary>
    /// Renders many pages in parallel and hands each page's HTML to <paramref name="finish"/> on
    /// the same thread, so a large build keeps what it needs of a page (its bytes, its links)
    /// rather than every page's text at once. Results come in page order; errors as in the other overload.
    /// </summary>
    internal IReadOnlyList<TResult> RenderAll<T, TResult>(IReadOnlyList<T> items, Func<T, (string Template, PageView Page, object Model)> view,
        IReadOnlyDictionary<string, string> strings, Func<T, string, TResult> finish, GlossaryLinker? glossary = null)
    {
        var results = items.AsParallel().AsOrdered()
            .Select(item =>
            {
                var (template, page, model) = view(item);
                var (html, error) = TryRender(template, page, model, strings, glossary);
                return (Url: page.Url, Result: html is null ? default : finish(item, html), Error: error);
            })
            .ToList();
        var failures = results.Where(r => r.Error is not null).GroupBy(r => r.Error!.ToString(), StringComparer.Ordinal).ToList();
        if (failures.Count > 0)
        {
            throw new SiteBuildException(string.Join("\n", failures.Select(f => Describe(f.First().Error!, f.First().Url, f.Count() - 1))));
        }

        return [.. results.Select(r => r.Result!)];
    }

    /// <summary>A template error with the page it happened on and how many other pages had it too.</summary>
    private static string Describe(TemplateError error, string url, int others) =>
        others == 0 ? $"{error} Bij pagina {url}." : $"{error} Bij pagina {url} (en {others} andere).";

    private (string? Html, TemplateError? Error) TryRender(string template, PageView page, object model, IReadOnlyDictionary<string, string> strings, GlossaryLinker? glossary = null)
    {
        if (!_pages.TryGetValue(template, out var pageTemplate))
        {
            return (null, new TemplateError($"{_themeName}/pages/{template}{Extension}", 0, 0, TemplateErrorCodes.MissingTemplate,
                $"Het thema heeft geen template voor pagina's van het soort '{template}'. Maak dit bestand."));
        }

        var globals = new ScriptObject();
        globals.SetValue("page", page, readOnly: true);
        globals.SetValue("model", model, readOnly: true);
        globals.SetValue("t", strings, readOnly: true);
        if (!_contexts.TryTake(out var context))
        {
            context = new HtmlTemplateContext(_builtins, _views, _accessors, _partials, Globals);
        }

        context.PushGlobal(globals);
        try
        {
            var body = pageTemplate.Template.Render(context);
            if (glossary is not null)
            {
                body = glossary.Link(body, page.Url);
            }

            globals.SetValue("content", new TrustedHtml(body), readOnly: true);
            var html = _layout.Template.Render(context);
            if (html.Length < LargePage)
            {
                context.Reset();
                _contexts.Add(context);
            }

            return (html, null);
        }
        catch (TemplateException e)
        {
            return (null, e.Error);
        }
        catch (ScriptRuntimeException e)
        {
            return (null, Translate(e));
        }
        catch (InvalidOperationException e)
        {
            // Scriban's own guard against structures nested too deep to write out.
            return (null, TemplateError.At(context.CurrentSpan, TemplateErrorCodes.Runtime, $"Deze waarde kan niet geschreven worden: {e.Message}"));
        }
    }

    /// <summary>Scriban's own runtime errors, in Dutch where we know them (its messages are stable per version; tests pin each).</summary>
    private static TemplateError Translate(ScriptRuntimeException e)
    {
        var message = e.OriginalMessage;
        if (message.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal))
        {
            return TemplateError.At(e.Span, TemplateErrorCodes.LoopLimit,
                string.Create(Dutch, $"Deze lus stopt niet: hij ging voorbij {HtmlTemplateContext.MaxLoopSteps:N0} stappen. Kijk of de voorwaarde ooit onwaar wordt."));
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return TemplateError.At(e.Span, TemplateErrorCodes.RecursionLimit,
                $"Te diep genest: meer dan {HtmlTemplateContext.MaxDepth} includes of functies in elkaar. Roept een partial zichzelf aan?");
        }

        return TemplateError.At(e.Span, TemplateErrorCodes.Runtime, $"Fout bij het maken van de pagina: {message}");
    }

    /// <summary>The templates in one folder of the theme, by name without extension; syntax errors go to <paramref name="errors"/>.</summary>
    private Dictionary<string, ParsedTemplate> ReadAll(string themeDirectory, string folder, List<TemplateError> errors)
    {
        var templates = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        var directory = Path.Combine(themeDirectory, folder);
        if (!Directory.Exists(directory))
        {
            return templates;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file)[..^Extension.Length];
            var path = $"{_themeName}/{folder}/{name}{Extension}";
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var parsed = Template.Parse(text, path);
            var syntax = parsed.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).ToList();
            errors.AddRange(syntax.Select(m => TemplateError.At(m.Span, TemplateErrorCodes.Syntax, SyntaxMessage(m.Message))));
            if (syntax.Count == 0)
            {
                templates[name] = new ParsedTemplate(path, text, parsed);
            }
        }

        return templates;
    }

    /// <summary>Scriban's parse messages, in Dutch for the mistakes authors make most (a block without its end).</summary>
    private static string SyntaxMessage(string message)
    {
        var missingEnd = MissingEnd().Match(message);
        if (missingEnd.Success)
        {
            return $"Dit '{missingEnd.Groups[1].Value}'-blok heeft geen einde. Sluit het af met {{{{ end }}}}.";
        }

        return message.Contains("Found <end> statement", StringComparison.Ordinal)
            ? "Deze {{ end }} sluit geen blok af. Haal hem weg of open het blok (if, for, while, func, capture)."
            : $"Dit is geen geldige Scriban: {message}";
    }

    [GeneratedRegex(@"^Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial Regex MissingEnd();

    /// <summary>
    /// What templates may call, shared read-only by all renders: <c>include</c> (whose output is
    /// trusted HTML), <c>texts</c> and <c>json</c> (data for the scripts, see <see cref="ScriptData"/>),
    /// and Scriban's pure function groups for lists, text, numbers and HTML. Left
    /// out on purpose: <c>date</c>, <c>timespan</c>, <c>math.random</c> and <c>math.uuid</c>
    /// (the clock or chance would make two builds of the same content differ),
    /// <c>object</c> (<c>object.eval</c> would run text as a template), <c>regex</c> and
    /// <c>include_join</c> (not needed).
    /// </summary>
    private static ScriptObject Builtins()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("include", new PartialIncludeFunction(), readOnly: true);
        builtins.SetValue("array", new ArrayFunctions { IsReadOnly = true }, readOnly: true);
        builtins.SetValue("string", new StringFunctions { IsReadOnly = true }, readOnly: true);
        var math = new MathFunctions();
        math.Remove("random");
        math.Remove("uuid");
        math.IsReadOnly = true;
        builtins.SetValue("math", math, readOnly: true);
        builtins.SetValue("html", new HtmlFunctions { IsReadOnly = true }, readOnly: true);
        builtins.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        builtins.Import(typeof(ScriptData));
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>The types templates may look into: the views, and <see cref="TrustedHtml"/> (written, not opened).</summary>
    private static FrozenDictionary<Type, ViewAccessor> ViewTypes()
    {
        var views = typeof(PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace && t.IsPublic)
            .ToDictionary(t => t, t => ViewAccessor.For(t, StandardMemberRenamer.Default));
        views[typeof(TrustedHtml)] = ViewAccessor.Opaque(typeof(TrustedHtml));
        return views.ToFrozenDictionary();
    }
}
