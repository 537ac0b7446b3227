using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>The search page with results on screen: no axe-core findings, and a visitor without a mouse can search and open a result.</summary>
public sealed class SearchAccessibilityTests(BrowserSite site)
{
    // The most the page shows at once: corrected query, marked snippets, filters with a tick.
    private const string BusyResultPage = "?q=pleegoudres&thema=pleegzorg&thema=clientenparticipatie";

    // Tab presses allowed to get from one place to the next: the header, the form and all filters fit in this.
    private const int MaxTabs = 60;

    [Fact]
    public async Task Axe_finds_no_violations_on_the_results_page_on_wide_and_narrow_screens()
    {
        await using var session = await site.OpenAsync(width: 1280);
        var search = await SearchPage.OpenAsync(session, BusyResultPage);
        await Expect(search.Results.First.Locator(".pv-search-result__snippet mark").First).ToBeVisibleAsync();
        await Expect(search.SearchedFor).ToBeVisibleAsync();
        Assert.NotEmpty(await search.TickedFiltersAsync());

        await AxeCheck.AssertNoViolationsAsync(search.Page);

        // The same results on a phone: one page resized rather than a second engine started.
        await search.Page.SetViewportSizeAsync(320, 640);
        await AxeCheck.AssertNoViolationsAsync(search.Page);
    }

    [Fact]
    public async Task With_the_keyboard_alone_a_visitor_searches_and_opens_the_first_result()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        var page = search.Page;

        Assert.True(await TabUntilAsync(page, "el => el.id === 'zoekveld'"), "Tab never reached the search box of the page.");
        await page.Keyboard.TypeAsync("pleegouders");
        await search.WaitUntilAnsweredAsync();
        var firstTitle = await search.ResultLinks.First.InnerTextAsync();

        Assert.True(
            await TabUntilAsync(page, "el => el === document.querySelector('#zoekresultaten > li h3 a')"),
            "Tab never reached the first result.");
        var ring = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.False(ring.StartsWith("none", StringComparison.Ordinal), $"The focused result has no focus ring ({ring}).");

        await page.Keyboard.PressAsync("Enter");
        // The page is there once its HTML is parsed; its load event (images, fonts) is not what this test is about.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/voorbeelden/", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(page.Locator("h1")).ToHaveTextAsync(firstTitle);
    }

    private static async Task<bool> TabUntilAsync(IPage page, string isTarget)
    {
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => ({isTarget})(document.activeElement)"))
            {
                return true;
            }
        }

        return false;
    }
}
