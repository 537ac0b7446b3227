using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>Without JavaScript the search page cannot search, says so, and points to the pages for browsing.</summary>
public sealed class SearchWithoutJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task Without_javascript_the_page_says_search_needs_it_and_links_to_the_browse_pages()
    {
        // A session of the shared browser gives the served site's address; the check itself runs in a context without scripts.
        await using var session = await site.OpenAsync();
        await using var context = await session.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(session.UrlOf("/zoeken/?q=pleegouders").ToString());

        Assert.Equal(200, response?.Status);
        // Playwright's text and role locators pass over <noscript> (with scripts on it shows nothing), so CSS it is.
        var notice = page.Locator("main noscript p");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("Zoeken werkt alleen met JavaScript");
        var links = notice.Locator("a[href]");
        Assert.Equal(["alle voorbeelden", "thema"], await links.AllInnerTextsAsync());
        // No empty result area that waits for a script that never runs.
        await Expect(page.Locator("#zoekpaneel")).ToBeHiddenAsync();

        var paths = new List<string>();
        foreach (var href in await links.EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
        {
            paths.Add(new Uri(href).AbsolutePath);
            var target = await context.APIRequest.GetAsync(href);
            Assert.Equal(200, target.Status);
        }

        Assert.Equal(["/voorbeelden/", "/themas/"], paths);
    }
}
