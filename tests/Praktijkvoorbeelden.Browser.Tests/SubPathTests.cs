using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>The site works when it is served under a sub-path (LinkRoot /pv), as on a municipality's own domain.</summary>
public sealed class SubPathTests(BrowserSite site)
{
    private static readonly string[] Kinds = [PageKinds.Home, PageKinds.Voorbeeld, PageKinds.Thema, PageKinds.Overzicht, PageKinds.Taxonomie];

    [Fact]
    public async Task Pages_under_the_sub_path_load_with_their_styles()
    {
        await using var session = await site.OpenAsync(underSubPath: true);
        foreach (var kind in Kinds)
        {
            var response = await session.GotoAsync(site.PathOf(kind));
            Assert.Equal(200, response.Status);
            Assert.Equal(BrowserSite.SubPath, await session.Page.GetAttributeAsync("html", "data-link-root"));

            // tokens.css and site.css give the header a 4px bottom border; without the styles it has none.
            var border = await session.Page.Locator(".pv-header").EvaluateAsync<string>("h => getComputedStyle(h).borderBottomWidth");
            Assert.True(border == "4px", $"The styles did not apply on {kind} under {BrowserSite.SubPath}.");
        }

        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Every_link_on_pages_under_the_sub_path_resolves()
    {
        await using var session = await site.OpenAsync(underSubPath: true);
        var targets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            await session.GotoAsync(site.PathOf(kind));
            var urls = await session.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')].map(e => e.href || e.src || e.action)");
            foreach (var url in urls.Select(u => new Uri(u)).Where(u => u.Authority == session.BaseAddress.Authority))
            {
                targets.Add(url.GetLeftPart(UriPartial.Path));
            }
        }

        var wrong = new List<string>();
        foreach (var target in targets)
        {
            var path = new Uri(target).AbsolutePath;
            if (!path.StartsWith(BrowserSite.SubPath + "/", StringComparison.Ordinal))
            {
                wrong.Add($"{path} is outside {BrowserSite.SubPath}/");
                continue;
            }

            // The search page exists only when the search engine was built; the link to it is checked by the search tests.
            if (path == BrowserSite.SubPath + "/zoeken/" && !site.Site.HasPage("/zoeken/"))
            {
                continue;
            }

            var response = await session.Context.APIRequest.GetAsync(target);
            if (response.Status != 200)
            {
                wrong.Add($"{path} gives HTTP {response.Status}");
            }
        }

        Assert.True(targets.Count > 10, $"Only {targets.Count} links found.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_search_box_in_the_header_sends_the_query_to_the_search_page_under_the_sub_path()
    {
        await using var session = await site.OpenAsync(underSubPath: true);
        await session.GotoAsync(site.PathOf(PageKinds.Voorbeeld));

        await session.Page.Locator("#zoekvak").FillAsync("pleegouders");
        await session.Page.Locator("#zoekvak").PressAsync("Enter");
        await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/zoeken/", StringComparison.Ordinal));

        var url = new Uri(session.Page.Url);
        Assert.Equal(BrowserSite.SubPath + "/zoeken/", url.AbsolutePath);
        Assert.Equal("?q=pleegouders", url.Query);
    }
}
