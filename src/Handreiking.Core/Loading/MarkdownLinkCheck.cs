using Handreiking.Core.Diagnostics;
using Handreiking.Core.Text;
using Handreiking.Core.Yaml;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handreiking.Core.Loading;

/// <summary>
/// Finds links in an editor's Markdown whose target the site would not keep (<c>javascript:</c>,
/// <c>data:</c>, <c>file:</c> …) and reports each at its own line and column, so the editor
/// learns it at validate rather than seeing the link vanish from the built page.
/// </summary>
internal static class MarkdownLinkCheck
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseEmphasisExtras().Build();

    public static void Check(string text, YScalar scalar, DiagnosticSink sink)
    {
        // Most text has no link at all; skip the parser for it.
        if (!text.Contains("](", StringComparison.Ordinal) && !text.Contains('<', StringComparison.Ordinal) && !text.Contains("]:", StringComparison.Ordinal))
        {
            return;
        }

        var document = Markdown.Parse(text, Pipeline);
        var targets = document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url)
            .Concat(document.Descendants<AutolinkInline>().Select(a => a.Url))
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(d => d.Url));
        foreach (var url in targets.OfType<string>().Where(u => !SafeLinks.IsAllowed(u)))
        {
            sink.Error(DiagnosticCodes.UnsafeLink, scalar.LocationOf(url),
                $"De link naar '{Shorten(url)}' wordt niet getoond: links mogen alleen naar http-, https- of mailto-adressen, of naar een pagina van deze site.",
                "Schrijf het volledige webadres (https://…), of haal de link weg en laat de tekst staan.");
        }
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}
