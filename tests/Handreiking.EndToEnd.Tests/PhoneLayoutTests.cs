using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>At 360 px (a small phone) no page scrolls sideways and its title shows.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>The width the page needs, and the deepest elements that reach past the viewport's right edge.</summary>
    private const string OverflowScript = """
        () => {
          const width = window.innerWidth;
          const describe = (el) => {
            let text = el.tagName.toLowerCase();
            if (el.id) text += '#' + el.id;
            for (const c of el.classList) text += '.' + c;
            const words = (el.textContent || '').replace(/\s+/g, ' ').trim();
            return words ? `${text} "${words.length > 50 ? words.slice(0, 47) + '...' : words}"` : text;
          };
          const wide = [];
          for (const el of document.body.querySelectorAll('*')) {
            const rect = el.getBoundingClientRect();
            if (rect.width === 0 || rect.right <= width + 0.5) continue;
            if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5)) continue; // report the deepest
            wide.push(`${describe(el)}: right edge at ${Math.round(rect.right)} px, ${Math.round(rect.width)} px wide`);
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide: wide.slice(0, 8), more: Math.max(0, wide.length - 8) };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_fits_360_px_and_shows_its_h1(string path)
    {
        var page = await site.PageAsync(SitePages.PhoneWidth, 740);
        await site.GotoAsync(page, path);

        var overflow = (await page.EvaluateJsonAsync<Overflow>(OverflowScript))!;
        var h1 = page.Locator("h1").First;
        var h1Visible = await page.Locator("h1").CountAsync() > 0 && await h1.IsVisibleAsync();
        var box = h1Visible ? await h1.BoundingBoxAsync() : null;
        output.WriteLine($"{path}: scrollWidth {overflow.ScrollWidth} px in a {overflow.InnerWidth} px viewport; h1 box {(box is null ? "none" : $"{box.X},{box.Y} {box.Width}x{box.Height}")}.");

        var problems = new List<string>();
        if (overflow.ScrollWidth > overflow.InnerWidth)
        {
            problems.Add($"the page is {overflow.ScrollWidth} px wide in a {overflow.InnerWidth} px viewport (scrolls sideways); elements past the right edge:\n    " +
                string.Join("\n    ", overflow.Wide) + (overflow.More > 0 ? $"\n    ... and {overflow.More} more" : ""));
        }

        if (!h1Visible)
        {
            problems.Add("the h1 is missing or not visible.");
        }
        else if (box is null || box.Width <= 0 || box.Height <= 0 || box.X < 0 || box.X + box.Width > overflow.InnerWidth + 0.5)
        {
            problems.Add($"the h1 is not inside the viewport horizontally: {(box is null ? "no box" : $"x {box.X}, width {box.Width}")}.");
        }

        Assert.True(problems.Count == 0, $"{path} at {SitePages.PhoneWidth} px:\n  " + string.Join("\n  ", problems));
    }

    public sealed record Overflow(double ScrollWidth, double InnerWidth, string[] Wide, int More);
}
