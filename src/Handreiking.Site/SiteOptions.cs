namespace Handreiking.Site;

/// <summary>Where a build reads from and writes to, and how.</summary>
public sealed record SiteOptions
{
    /// <summary>The content folder.</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>The theme folder: layouts, pages, partials, locales, assets.</summary>
    public required string ThemeDirectory { get; init; }

    /// <summary>The output folder; replaced only when the whole build succeeds.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Overrides the handbook's base URL (for canonical links, sitemap, feed).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Keeps what <see cref="SiteBuilder.Rebuild"/> needs after a build (a hash of every file and
    /// each page's links); only <c>serve</c> sets this, a one-off build skips the hashing.
    /// </summary>
    public bool KeepForRebuilds { get; init; }

    /// <summary>Prints every checklist to a PDF with headless Chromium (<c>build --pdf</c>); skipped, with a message, when there is no browser.</summary>
    public bool Pdf { get; init; }

    /// <summary>The Chromium to print the PDFs with; by default HANDREIKING_CHROMIUM, then Debian's /usr/bin/chromium, then the one Playwright installed.</summary>
    public string? PdfBrowser { get; init; }

    /// <summary>Runs the search indexer after writing (Pagefind), when the theme provides it.</summary>
    public bool Search { get; init; } = true;
}
