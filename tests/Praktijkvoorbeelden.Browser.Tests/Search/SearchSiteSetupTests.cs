using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using Praktijkvoorbeelden.Cli.Preview;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>Search works as the site is really served: under a sub-path (LinkRoot /pv) and under the Content-Security-Policy of netlify.toml.</summary>
public sealed class SearchSiteSetupTests(BrowserSite site)
{
    private const string PleegoudersPath = "/voorbeelden/gemeente-als-bondgenoot-van-pleegouders/";

    [Fact]
    public async Task Under_the_sub_path_the_search_finds_results_that_link_under_it()
    {
        await using var session = await site.OpenAsync(underSubPath: true);
        var search = await SearchPage.OpenAsync(session);

        await search.TypeAsync("pleegouders");

        Assert.Equal(BrowserSite.SubPath + "/zoeken/", new Uri(search.Page.Url).AbsolutePath);
        var hrefs = await search.ResultLinks.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.StartsWith(BrowserSite.SubPath + "/voorbeelden/", href, StringComparison.Ordinal));
        Assert.Equal(BrowserSite.SubPath + PleegoudersPath, hrefs[0]);
        await Expect(search.Results.First.Locator(".pv-search-result__snippet mark").First).ToBeVisibleAsync();

        var title = await search.ResultLinks.First.InnerTextAsync();
        await search.ResultLinks.First.ClickAsync();
        await search.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == BrowserSite.SubPath + PleegoudersPath);
        await Expect(search.Page.Locator("h1")).ToHaveTextAsync(title);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Searching_under_the_production_policy_reports_no_violation()
    {
        await using var session = await site.OpenAsync();
        var search = new SearchPage(session);
        var response = await session.GotoAsync("/zoeken/");
        await search.WaitUntilAnsweredAsync();

        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.Equal(NetlifyConfig.Load(RepositoryPaths.NetlifyToml).HeadersFor("/zoeken/")["Content-Security-Policy"], policy);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.Ordinal);

        // Everything the page does: type, get snippets from the text files, filter, correct a typo.
        await search.TypeAsync("cliënten");
        await Expect(search.Results.First.Locator(".pv-search-result__snippet mark").First).ToBeVisibleAsync();
        await search.TickFilterAsync("thema", "clientenparticipatie");
        await search.Box.FillAsync("pleegoudres");
        await search.WaitUntilAnsweredAsync();
        await Expect(search.SearchedFor).ToBeVisibleAsync();
        await search.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
