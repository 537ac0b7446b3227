using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>The query and the filters live in the URL: a copied URL shows the same results elsewhere, and back and forward go through earlier searches.</summary>
public sealed class SearchUrlStateTests(BrowserSite site)
{
    [Fact]
    public async Task A_copied_url_shows_the_same_results_in_a_new_page()
    {
        string url;
        IReadOnlyList<string> results;
        string status;
        await using (var first = await site.OpenAsync())
        {
            var search = await SearchPage.OpenAsync(first);
            await search.TypeAsync("jeugdhulp");
            await search.TickFilterAsync("doelgroep", "ouders");
            url = search.Page.Url;
            results = await search.ResultPathsAsync();
            status = await search.Status.InnerTextAsync();
        }

        var address = new Uri(url);
        Assert.Equal("/zoeken/", address.AbsolutePath);
        Assert.Equal("?q=jeugdhulp&doelgroep=ouders", address.Query);
        Assert.NotEmpty(results);

        await using var second = await site.OpenAsync();
        var again = new SearchPage(second);
        await second.Page.GotoAsync(url);
        await again.WaitUntilAnsweredAsync();

        Assert.Equal(results, await again.ResultPathsAsync());
        await Expect(again.Box).ToHaveValueAsync("jeugdhulp");
        Assert.Equal(["doelgroep=ouders"], await again.TickedFiltersAsync());
        await Expect(again.Status).ToHaveTextAsync(status);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public async Task Back_and_forward_restore_earlier_searches()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session, "?q=pleegzorg");
        var page = search.Page;
        var pleegzorg = await search.ResultPathsAsync();

        await search.Box.FillAsync("Rotterdam");
        await search.Box.PressAsync("Enter");
        await search.WaitUntilAnsweredAsync();
        var rotterdam = await search.ResultPathsAsync();
        Assert.NotEqual(pleegzorg, rotterdam);

        await search.TickFilterAsync("doelgroep", "ouders");
        Assert.Equal("?q=Rotterdam&doelgroep=ouders", new Uri(page.Url).Query);

        await page.GoBackAsync();
        await WaitForQueryAsync(page, "?q=Rotterdam");
        await Expect(search.Box).ToHaveValueAsync("Rotterdam");
        Assert.Empty(await search.TickedFiltersAsync());
        Assert.Equal(rotterdam, await search.ResultPathsAsync());

        await page.GoBackAsync();
        await WaitForQueryAsync(page, "?q=pleegzorg");
        await Expect(search.Box).ToHaveValueAsync("pleegzorg");
        Assert.Equal(pleegzorg, await search.ResultPathsAsync());

        await page.GoForwardAsync();
        await WaitForQueryAsync(page, "?q=Rotterdam");
        await Expect(search.Box).ToHaveValueAsync("Rotterdam");
        Assert.Equal(rotterdam, await search.ResultPathsAsync());

        await page.GoForwardAsync();
        await WaitForQueryAsync(page, "?q=Rotterdam&doelgroep=ouders");
        Assert.Equal(["doelgroep=ouders"], await search.TickedFiltersAsync());
        Assert.Empty(session.Problems);
    }

    // Back and forward stay on the page (history entries of the script), and popstate searches in the same task.
    private static async Task WaitForQueryAsync(IPage page, string query) =>
        await page.WaitForFunctionAsync("q => location.search === q", query);
}
