using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Handreiking.EndToEnd.Tests;

/// <summary>
/// Keyboard only: the skip link comes first and works, Tab reaches every visible link, button,
/// summary and form field (one stop per group of radio buttons), and every focused element shows where the focus is.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site, ITestOutputHelper output)
{
    private const int MaxTabs = 400;

    /// <summary>Shared helpers, defined in each evaluation (the page's own scripts are left alone).</summary>
    private const string Helpers = """
        const ids = window.__e2eIds ??= new WeakMap();
        const idOf = (el) => {
          let id = ids.get(el);
          if (id === undefined) { id = window.__e2eNext = (window.__e2eNext ?? 0) + 1; ids.set(el, id); }
          return id;
        };
        const describe = (el) => {
          let text = el.tagName.toLowerCase();
          if (el.id) text += '#' + el.id;
          for (const c of el.classList) text += '.' + c;
          const href = el.getAttribute('href');
          if (href !== null) text += `[href="${href}"]`;
          const label = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
          if (label) text += ` "${label.length > 60 ? label.slice(0, 57) + '...' : label}"`;
          return text;
        };
        """;

    /// <summary>Every element that should be in the tab order: visible, enabled links, buttons, summaries and form fields.</summary>
    private const string FocusableScript = "() => {" + Helpers + """
          const candidates = document.querySelectorAll(
            'a[href], area[href], button, input:not([type="hidden"]), select, textarea, details > summary:first-of-type, [tabindex], [contenteditable="true"]');
          const result = [];
          for (const el of candidates) {
            if (el.disabled || el.closest('[inert]')) continue;
            if (el.getAttribute('tabindex') !== null && el.tabIndex < 0) continue;
            if (!el.checkVisibility({ visibilityProperty: true })) continue;
            // Tab stops once in a group of radio buttons (at the checked one, else the first); arrow keys move inside it.
            if (el.type === 'radio' && el.name) {
              const group = [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].filter((r) => r.form === el.form);
              if (el !== (group.find((r) => r.checked) ?? group[0])) continue;
            }
            result.push({ id: idOf(el), description: describe(el) });
          }
          return result;
        }
        """;

    /// <summary>The focused element, with what shows its focus.</summary>
    private const string ActiveScript = "() => {" + Helpers + """
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            id: idOf(el),
            description: describe(el),
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth) || 0,
            outlineColor: style.outlineColor,
            boxShadow: style.boxShadow,
            left: rect.left, top: rect.top, width: rect.width, height: rect.height,
            viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
          };
        }
        """;

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task First_Tab_focuses_a_visible_skip_link_that_moves_focus_to_main(string path)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, path);

        await page.Keyboard.PressAsync("Tab");
        var first = await ActiveAsync(page);
        Assert.True(first is not null, $"{path}: the first Tab focused nothing.");
        var href = await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
        Assert.True(href == "#inhoud", $"{path}: the first Tab focused {first!.Description}, not the skip link to #inhoud.");
        Assert.True(
            first.Width > 0 && first.Height > 0 && first.Left >= 0 && first.Top >= 0 &&
            first.Left + first.Width <= first.ViewportWidth && first.Top + first.Height <= first.ViewportHeight,
            $"{path}: the focused skip link is not visible inside the viewport: {first.Width}x{first.Height} at ({first.Left}, {first.Top}) in {first.ViewportWidth}x{first.ViewportHeight}.");

        await page.Keyboard.PressAsync("Enter");
        var onMain = false;
        for (var i = 0; i < 20 && !onMain; i++)
        {
            onMain = await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('main#inhoud')");
            if (!onMain)
            {
                await Task.Delay(50);
            }
        }

        var now = await ActiveAsync(page);
        Assert.True(onMain, $"{path}: Enter on the skip link left the focus on {now?.Description ?? "the body"}, not on main#inhoud.");
    }

    [SkippableTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Tab_reaches_every_control_and_always_shows_the_focus(string path)
    {
        var page = await site.PageAsync(SitePages.DesktopWidth);
        await site.GotoAsync(page, path);

        var (expected, reached, invisibleFocus, presses) = await WalkAsync(page);
        var missed = expected.Where(e => !reached.ContainsKey(e.Id)).ToList();
        output.WriteLine($"{path}: {expected.Length} focusable element(s), {reached.Count} reached in {presses} Tab press(es).");

        var problems = new List<string>();
        if (missed.Count > 0)
        {
            problems.Add($"{missed.Count} of {expected.Length} visible focusable element(s) never got the focus in {presses} Tab presses:\n" +
                string.Join('\n', missed.Select(m => "    " + m.Description)));
        }

        if (invisibleFocus.Count > 0)
        {
            problems.Add($"{invisibleFocus.Count} focused element(s) show no focus indicator (no outline, no box-shadow):\n" +
                string.Join('\n', invisibleFocus.Select(a => $"    {a.Description}: outline {a.OutlineStyle} {a.OutlineWidth}px {a.OutlineColor}, box-shadow {a.BoxShadow}")));
        }

        Assert.True(problems.Count == 0, $"{path}:\n" + string.Join('\n', problems));
    }

    /// <summary>
    /// Lists the elements that should be in the tab order, then presses Tab from the top of the page
    /// until the focus leaves the page or comes back round (at most <see cref="MaxTabs"/> times).
    /// </summary>
    internal static async Task<Walk> WalkAsync(IPage page)
    {
        var expected = await page.EvaluateJsonAsync<Focusable[]>(FocusableScript) ?? [];
        var reached = new Dictionary<int, Active>();
        var invisibleFocus = new List<Active>();
        var presses = 0;
        while (presses < MaxTabs)
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            var active = await ActiveAsync(page);
            if (active is null)
            {
                if (reached.Count > 0)
                {
                    break; // past the last element: the focus left the page
                }

                continue;
            }

            if (!reached.TryAdd(active.Id, active))
            {
                break; // wrapped around to an element already seen
            }

            if (!active.ShowsFocus)
            {
                invisibleFocus.Add(active);
            }
        }

        return new Walk(expected, reached, invisibleFocus, presses);
    }

    internal sealed record Walk(Focusable[] Expected, Dictionary<int, Active> Reached, List<Active> InvisibleFocus, int Presses);

    private static Task<Active?> ActiveAsync(IPage page) => page.EvaluateJsonAsync<Active>(ActiveScript);

    public sealed record Focusable(int Id, string Description);

    public sealed record Active(
        int Id,
        string Description,
        string OutlineStyle,
        double OutlineWidth,
        string OutlineColor,
        string BoxShadow,
        double Left,
        double Top,
        double Width,
        double Height,
        double ViewportWidth,
        double ViewportHeight)
    {
        public bool ShowsFocus => (OutlineStyle != "none" && OutlineWidth > 0) || BoxShadow != "none";
    }
}
