using System.Collections.Frozen;
using Handreiking.Core.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Gives <c>include 'name'</c> the theme's partials and nothing else: a name is looked up among
/// the files of <c>theme/partials/</c>, read and parsed once per renderer, so a template reaches no
/// other file (no paths, no <c>..</c>) and no render parses a partial again.
/// </summary>
internal sealed class ThemePartialLoader(IReadOnlyDictionary<string, ParsedTemplate> partials) : ITemplateLoader
{
    private readonly FrozenDictionary<string, ParsedTemplate> _byName = partials.ToFrozenDictionary(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, ParsedTemplate> _byPath = partials.Values.ToFrozenDictionary(p => p.Path, StringComparer.Ordinal);

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_byName.TryGetValue(templateName, out var partial))
        {
            return partial.Path;
        }

        var suggestion = Suggestions.Closest(templateName, _byName.Keys);
        throw new TemplateException(callerSpan, TemplateErrorCodes.UnknownPartial,
            $"Het thema heeft geen partial '{templateName}' (partials/{templateName}{TemplateRenderer.Extension})." +
            (suggestion is null ? string.Empty : $" Bedoelt u '{suggestion}'?") +
            $" Partials: {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Parsed(templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    /// <summary>The parsed partial for a path <see cref="GetPath"/> returned.</summary>
    public ParsedTemplate Parsed(string path) => _byPath[path];
}
