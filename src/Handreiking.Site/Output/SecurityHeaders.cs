namespace Handreiking.Site.Output;

/// <summary>
/// The HTTP headers every response of the site carries: in production (the <c>/*</c> block of
/// netlify.toml, which a test compares with this list) and in <c>serve</c>. One list, so what a
/// developer sees locally is what readers get.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles, fonts and connections only from the site itself, no inline scripts or
    /// styles; 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The headers, by name, in the order netlify.toml lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),

        // A year, subdomains included: browsers go to https directly (they ignore it on http://localhost).
        new("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        new("X-Content-Type-Options", "nosniff"),

        // Readers' paths (which case they read) stay on the site.
        new("Referrer-Policy", "no-referrer"),

        // The site uses none of these; only features every current browser knows, so none logs a warning.
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];
}
