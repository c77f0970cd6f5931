namespace Handreiking.Core.Text;

/// <summary>
/// Which link targets an editor's Markdown may use: web addresses (http, https), e-mail
/// (mailto), and addresses within the site (relative paths and <c>#anchors</c>). The loader
/// reports every other target and the site renderer drops it, by this one rule.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True for a target a reader may follow: relative, an anchor, or an allowed scheme.</summary>
    /// <param name="url">The link target as written.</param>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return !trimmed.StartsWith("//", StringComparison.Ordinal); // protocol-relative would leave the site's scheme choice to chance
        }

        return AllowedSchemes.Contains(trimmed[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
