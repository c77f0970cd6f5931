namespace Handreiking.Site.Rendering;

/// <summary>
/// HTML the site made itself and vouches for: Markdown rendered and sanitised by
/// <see cref="MarkdownRenderer"/>, or a template's own output (a page body, a partial). It is the
/// one kind of value a template writes as it is; every other value is HTML-encoded. Only code in
/// this assembly can make one, so nothing read from content can pass itself off as trusted.
/// </summary>
public sealed class TrustedHtml : IEquatable<TrustedHtml>
{
    internal TrustedHtml(string html) => Html = html;

    /// <summary>No HTML; a template's <c>if</c> treats it as false.</summary>
    public static TrustedHtml Empty { get; } = new(string.Empty);

    public string Html { get; }

    public bool IsEmpty => Html.Length == 0;

    public override string ToString() => Html;

    public bool Equals(TrustedHtml? other) => other is not null && string.Equals(Html, other.Html, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as TrustedHtml);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Html);
}
