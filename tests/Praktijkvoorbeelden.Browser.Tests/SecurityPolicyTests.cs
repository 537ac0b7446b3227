using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>
/// Pages load under the production Content-Security-Policy from netlify.toml without a single
/// violation, load nothing from other hosts and set no cookies. Including the search engine
/// that every page downloads in the background when it is idle.
/// </summary>
public sealed class SecurityPolicyTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task A_page_loads_under_the_policy_without_violations_errors_or_cookies(string kind)
    {
        await using var session = await site.OpenAsync(preloadSearch: true);
        var hasSearch = site.Site.HasFile("/zoeken/index/manifest.json");
        Task preload = hasSearch ? session.Page.WaitForRequestAsync(request => request.Url.EndsWith("/zoeken/index/manifest.json", StringComparison.Ordinal)) : Task.CompletedTask;
        var response = await session.GotoAsync(site.PathOf(kind));
        await preload;
        await session.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy ?? "", StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
        Assert.Empty(await session.Context.CookiesAsync());
    }
}
