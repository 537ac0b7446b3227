using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>Every page type renders in a real browser with the parts a visitor relies on.</summary>
public sealed class PageTypeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Every_page_type_has_title_heading_menu_search_and_footer(string kind)
    {
        await using var session = await site.OpenAsync();
        var response = await session.GotoAsync(site.PathOf(kind));
        var page = session.Page;

        Assert.Equal(kind == PageKinds.NietGevonden ? 404 : 200, response.Status);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await page.GetAttributeAsync("meta[name=description]", "content")));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(await page.Locator("main#inhoud h1").IsVisibleAsync(), "The page heading is visible inside main.");
        Assert.True(await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link).First.IsVisibleAsync());
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Zoeken op de hele site" });
        Assert.True(await search.GetByRole(AriaRole.Searchbox, new() { Name = "Zoek een voorbeeld" }).IsVisibleAsync());
        Assert.EndsWith("/zoeken/", await search.GetAttributeAsync("action"), StringComparison.Ordinal);
        var footer = page.GetByRole(AriaRole.Contentinfo);
        Assert.True(await footer.GetByRole(AriaRole.Link, new() { Name = "Nieuwe en bijgewerkte voorbeelden volgen (Atom-feed)" }).IsVisibleAsync());
        foreach (var (name, path) in new[] { ("Toegankelijkheid", "/toegankelijkheid/"), ("Privacy", "/privacy/") }.Where(p => site.Site.HasPage(p.Item2)))
        {
            var link = footer.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            Assert.True(await link.IsVisibleAsync(), $"The footer links to {path}.");
            Assert.EndsWith(path, await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_voorbeeld_page_shows_its_facts_as_a_description_list()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(PageKinds.Voorbeeld));

        var facts = session.Page.Locator(".pv-meta dl");
        var terms = await facts.Locator("dt").AllInnerTextsAsync();
        Assert.Contains("Schaal", terms);
        Assert.Contains("Status", terms);
        Assert.Contains("Laatst gecontroleerd", terms);
        Assert.All(await facts.Locator("dd").AllInnerTextsAsync(), value => Assert.False(string.IsNullOrWhiteSpace(value)));
        var checkedDate = await facts.Locator("time").GetAttributeAsync("datetime");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", checkedDate);
    }

    [Fact]
    public async Task The_overview_lists_every_voorbeeld_once()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(PageKinds.Overzicht));

        var cardLinks = await session.Page.Locator(".pv-card__title a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Equal(site.Site.PagesUnder("voorbeelden"), cardLinks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_taxonomy_page_shows_where_it_is_and_its_voorbeelden()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(PageKinds.Taxonomie));

        var crumbs = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" });
        Assert.Equal(["Home", "Gemeenten"], await crumbs.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        Assert.Equal(await session.Page.Locator("h1").InnerTextAsync(), await crumbs.Locator("[aria-current=page]").InnerTextAsync());
        Assert.True(await session.Page.Locator(".pv-card").CountAsync() > 0);
    }

    [Fact]
    public async Task The_not_found_page_offers_home_the_overview_and_search()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(site.PathOf(PageKinds.NietGevonden));

        var main = session.Page.GetByRole(AriaRole.Main);
        Assert.True(await main.GetByRole(AriaRole.Link, new() { Name = "homepagina" }).IsVisibleAsync());
        Assert.True(await main.GetByRole(AriaRole.Link, new() { Name = "alle voorbeelden" }).IsVisibleAsync());
        // The same words as the search box in the header, so a visitor knows both do the same.
        Assert.True(await main.GetByRole(AriaRole.Searchbox, new() { Name = "Zoek een voorbeeld" }).IsVisibleAsync());
    }

    [Fact]
    public async Task A_printed_voorbeeld_has_no_menu_or_search_and_shows_where_external_links_go()
    {
        await using var session = await site.OpenAsync();
        var withExternalLink = site.Site.FirstPageWithInMain("voorbeelden", "link--extern");
        Assert.NotNull(withExternalLink); // at least one voorbeeld links to another website
        await session.GotoAsync(withExternalLink);
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await session.Page.Locator(".pv-nav").IsVisibleAsync());
        Assert.False(await session.Page.Locator(".pv-site-search").IsVisibleAsync());
        Assert.False(await session.Page.Locator(".pv-footer__links").First.IsVisibleAsync());
        Assert.True(await session.Page.Locator(".pv-print-source").IsVisibleAsync());
        var external = session.Page.Locator("main a.link--extern");
        var href = await external.First.GetAttributeAsync("href");
        var after = await external.First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(href!, after, StringComparison.Ordinal);
    }
}
