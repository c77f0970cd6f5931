using System.Globalization;
using System.Text;
using Handreiking.Core.Model;
using Handreiking.Site.Pages;

namespace Handreiking.Site.Output;

/// <summary>
/// Files for the web host beside the pages: <c>_redirects</c> (Netlify's format) from the items'
/// <c>vorige-ids</c>, so renamed pages keep their old addresses, and
/// <c>/.well-known/security.txt</c> (RFC 9116). Both follow from the content alone, so builds
/// stay byte-identical.
/// </summary>
internal static class DeployFiles
{
    public const string RedirectsPath = "/_redirects";

    public const string SecurityTxtPath = "/.well-known/security.txt";

    public static IReadOnlyList<(string Path, string Text)> For(SiteContext context, string baseUrl)
    {
        var files = new List<(string Path, string Text)> { (RedirectsPath, Redirects(context.Handbook, context.Urls)) };
        if (SecurityTxt(context.Handbook, baseUrl) is { } securityTxt)
        {
            files.Add((SecurityTxtPath, securityTxt));
        }

        return files;
    }

    /// <summary>One permanent redirect per former id, from its old address to the item's page.</summary>
    public static string Redirects(Handbook handbook, Urls urls)
    {
        var text = new StringBuilder("# Oude adressen van hernoemde pagina's (vorige-ids in de inhoud), gemaakt door 'handreiking build'.\n");
        var rules = handbook.AllItems
            .SelectMany(item => item.FormerIds.Select(old => (From: OldUrl(urls.For(item), item.Id, old), To: urls.For(item))))
            .Where(r => r.From is not null)
            .OrderBy(r => r.From, StringComparer.Ordinal);
        foreach (var (from, to) in rules)
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Where to report a security problem: the repository's private advisory form on GitHub, or the
    /// repository itself. Without a repository address there is no contact, and no file.
    /// Expires a year after the version date, never from the clock.
    /// </summary>
    public static string? SecurityTxt(Handbook handbook, string baseUrl)
    {
        if (handbook.RepositoryUrl is not { } repository)
        {
            return null;
        }

        var contact = repository.StartsWith("https://github.com/", StringComparison.Ordinal)
            ? repository.TrimEnd('/') + "/security/advisories/new"
            : repository;
        var expires = handbook.VersionDate.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var languages = handbook.Language == "en" ? "en" : handbook.Language + ", en";
        return $"Contact: {contact}\nExpires: {expires}T00:00:00Z\nPreferred-Languages: {languages}\nCanonical: {baseUrl.TrimEnd('/')}{SecurityTxtPath}\n";
    }

    /// <summary>The page address with the old id in place of the current one; null for items without a page of their own.</summary>
    private static string? OldUrl(string url, string id, string oldId) =>
        url.EndsWith("/" + id + "/", StringComparison.Ordinal) ? url[..^(id.Length + 1)] + oldId + "/" : null;
}
