using System.Text.Json;
using Microsoft.Playwright;

namespace Handreiking.EndToEnd.Tests;

internal static class PageExtensions
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Evaluates a script and reads its (JSON-like) result into a record; null when the script returns null.</summary>
    public static async Task<T?> EvaluateJsonAsync<T>(this IPage page, string script)
        where T : class
    {
        var json = await page.EvaluateAsync<JsonElement?>(script);
        return json is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.Deserialize<T>(Options) : null;
    }
}
