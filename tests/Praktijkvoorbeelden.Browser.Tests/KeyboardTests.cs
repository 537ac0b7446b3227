using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>A visitor who uses only the keyboard can skip to the content and reach every link, and always sees where the focus is.</summary>
public sealed class KeyboardTests(BrowserSite site)
{
    // Marks every visible link with a number and returns how it reads, so the walk can report what it missed.
    private const string MarkVisibleLinks = """
        () => [...document.querySelectorAll('a[href]')]
          .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
          .map((a, i) => { a.dataset.tabTest = String(i); return `${a.getAttribute('href')} "${a.textContent.trim()}"`; })
        """;

    // "<link number>|<1 if its focus ring is at least 2px wide>", or "" when something else has the focus.
    private const string FocusState = """
        () => {
          const el = document.activeElement;
          if (!el || el.dataset.tabTest === undefined) return '';
          const s = getComputedStyle(el);
          return el.dataset.tabTest + '|' + (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 1 : 0);
        }
        """;

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task The_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_content(string kind)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(kind));
        var page = session.Page;
        var skipLink = page.Locator(".pv-skip-link");
        Assert.False(await IsInViewportAsync(skipLink), "The skip link is out of sight until it has focus.");

        await page.Keyboard.PressAsync("Tab");

        Assert.True(await skipLink.EvaluateAsync<bool>("a => a === document.activeElement"), "The first Tab focuses the skip link.");
        // Chromium can apply the :focus styles a frame after the Tab when other pages of the run keep it
        // busy, so wait (briefly) for the link to come into sight instead of reading it at once.
        await Assertions.Expect(skipLink).ToBeInViewportAsync(new() { Timeout = 2_000 });
        Assert.EndsWith("#inhoud", await skipLink.GetAttributeAsync("href"), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("inhoud", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Pressing_tab_reaches_every_visible_link_with_a_visible_focus_ring(string kind)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(kind));
        var page = session.Page;
        var links = await page.EvaluateAsync<string[]>(MarkVisibleLinks);

        var reached = new HashSet<int>();
        var withoutRing = new List<string>();
        for (var presses = 0; presses < links.Length + 20 && reached.Count < links.Length; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = (await page.EvaluateAsync<string>(FocusState)).Split('|');
            if (int.TryParse(state[0], out var index))
            {
                reached.Add(index);
                if (state[1] != "1")
                {
                    withoutRing.Add(links[index]);
                }
            }
        }

        var missed = links.Where((_, i) => !reached.Contains(i)).ToList();
        Assert.True(missed.Count == 0, $"Tab never reached {missed.Count} of {links.Length} links: {string.Join(", ", missed)}");
        Assert.True(withoutRing.Count == 0, $"No visible focus ring on: {string.Join(", ", withoutRing)}");
    }

    private static Task<bool> IsInViewportAsync(Microsoft.Playwright.ILocator locator) => locator.EvaluateAsync<bool>(
        "el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; }");
}
