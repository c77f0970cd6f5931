using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Syntax;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Functions that give the theme's scripts their data as JSON, for a <c>data-…</c> attribute:
/// <c>{{ texts 'share_copied' 'share_failed' }}</c> (those texts of the theme's language) and
/// <c>{{ json model.facets }}</c> (any view value, with camelCase names). The template encodes the
/// JSON like any other text, and the browser decodes the attribute back to it, so a quote or a
/// backslash in a text cannot break the script's <c>JSON.parse</c> (as JSON written out by hand
/// around <c>{{ t.key }}</c> could).
/// </summary>
internal static class ScriptData
{
    /// <summary>The page's <c>t</c>, the theme's texts (see <see cref="TemplateRenderer"/>).</summary>
    private static readonly ScriptVariable TextsVariable = ScriptVariable.Create("t", ScriptVariableScope.Global);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The named texts of the theme's language (<c>t</c>) as one JSON object, in the order given.</summary>
    public static string Texts(TemplateContext context, params string[] keys)
    {
        var texts = context.GetValue(TextsVariable) as IReadOnlyDictionary<string, string>
            ?? throw new TemplateException(context.CurrentSpan, TemplateErrorCodes.UnknownVariable, "Deze pagina heeft geen teksten van het thema (t).");
        var chosen = new Dictionary<string, string>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            chosen[key] = texts.TryGetValue(key, out var text)
                ? text
                : throw new TemplateException(context.CurrentSpan, TemplateErrorCodes.UnknownMember, $"De teksten van het thema hebben geen '{key}'.");
        }

        return JsonSerializer.Serialize(chosen, Options);
    }

    /// <summary>A view value (a list, a record, text or a number) as JSON.</summary>
    public static string Json(object? value) => JsonSerializer.Serialize(value, Options);
}
