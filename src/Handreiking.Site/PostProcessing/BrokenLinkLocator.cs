using Handreiking.Core.Diagnostics;
using Handreiking.Site.Pages;

namespace Handreiking.Site.PostProcessing;

/// <summary>
/// Turns a broken link on a built page back into a content diagnostic: the file the page shows
/// (or, for an overview, the content file that holds the link), and the line and column where
/// the link's target is written, so an editor can fix it as any other content problem. Links
/// that no content file holds come from the theme and stay broken links.
/// </summary>
internal static class BrokenLinkLocator
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BrokenLink> Unplaced) Locate(
        IReadOnlyList<BrokenLink> broken, IReadOnlyList<Page> pages, string contentDirectory)
    {
        var pageByUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? TextOf(string relative)
        {
            if (!texts.TryGetValue(relative, out var text))
            {
                var path = Path.Combine(contentDirectory, relative);
                text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
                texts[relative] = text;
            }

            return text;
        }

        var diagnostics = new Dictionary<(string, int, int, string), Diagnostic>();
        var unplaced = new List<BrokenLink>();
        foreach (var link in broken)
        {
            IEnumerable<string> candidates = pageByUrl.TryGetValue(link.Page, out var page) && page.SourceFile is not null
                ? [page.SourceFile]
                : pages.Select(p => p.SourceFile).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var found = candidates.Select(file => (File: file, Index: TextOf(file)!.IndexOf("](" + link.Target, StringComparison.Ordinal)))
                .FirstOrDefault(c => c.Index >= 0);
            if (found.File is null)
            {
                unplaced.Add(link);
                continue;
            }

            var location = LocationOf(found.File, TextOf(found.File)!, found.Index + 2);
            var key = (location.File, location.Line, location.Column, link.Target);
            diagnostics.TryAdd(key, new Diagnostic(DiagnosticCodes.BrokenLink, DiagnosticSeverity.Error, location,
                $"De link naar '{link.Target}' werkt niet: {link.Reason} (op {link.Page}).",
                "Verbeter het adres: kopieer het uit de adresbalk van de pagina die u bedoelt, of haal de link weg."));
        }

        return ([.. diagnostics.Values.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)], unplaced);
    }

    private static SourceLocation LocationOf(string file, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return new SourceLocation(file, line, index - lineStart + 1);
    }
}
