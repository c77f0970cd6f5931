using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handreiking.Site.Rendering;

/// <summary>
/// Renders editors' Markdown safely: raw HTML is shown as text, never passed through, and links
/// keep only the schemes http, https and mailto, or stay relative; anything else (such as
/// <c>javascript:</c>, which Markdig itself does not filter) becomes plain text. Images render as
/// their alternative text, because no request may leave the site.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <summary>Renders block Markdown (paragraphs, lists) to HTML, which templates then write as it is.</summary>
    public TrustedHtml ToHtml(string? markdown) => new(Render(markdown));

    /// <summary>Renders one line of Markdown (a list item, a tip) to inline HTML, without a paragraph around it.</summary>
    public TrustedHtml ToInlineHtml(string? markdown)
    {
        var html = Render(markdown);
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return new(html[3..^4]);
        }

        return new(html);
    }

    /// <summary>One line of Markdown as plain text (emphasis and link targets dropped), for the PDF and Word downloads and the builder's search.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Markdown.ToPlainText(markdown, _pipeline).ReplaceLineEndings(" ").Trim();

    /// <summary>True for URLs a reader may follow: relative, fragment, or an allowed scheme (the loader checks by the same rule).</summary>
    public static bool IsAllowedUrl(string? url) => Core.Text.SafeLinks.IsAllowed(url);

    private string Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);

        // Links and images start with '[' (or '!['), autolinks with '<': text with neither has nothing to sanitise.
        if (markdown.AsSpan().ContainsAny('[', '<'))
        {
            Sanitize(document);
        }

        return document.ToHtml(_pipeline).ReplaceLineEndings("\n").TrimEnd('\n');
    }

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var external = link.IsImage && !IsRelative(link.Url);
            if (link.IsImage || !IsAllowedUrl(link.Url) || external)
            {
                ReplaceWithText(link, link.IsImage ? AltText(link) : null);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static bool IsRelative(string? url) => url is not null && !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);

    private static string AltText(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>Puts the link's own text in its place, so the reader keeps the words but not the target.</summary>
    private static void ReplaceWithText(LinkInline link, string? text)
    {
        if (text is not null || link.FirstChild is null)
        {
            link.ReplaceBy(new LiteralInline(text ?? string.Empty), copyChildren: false);
            return;
        }

        var children = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
