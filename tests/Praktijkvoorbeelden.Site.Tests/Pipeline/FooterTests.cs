using AngleSharp.Dom;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>Every page ends with a footer that links to the pages about the site, under LinkRoot too.</summary>
[Collection(RealSites.Name)]
public sealed class RealSiteFooterTests(RealSite site)
{
    [Fact]
    public void Every_page_of_the_real_site_links_to_the_accessibility_statement_and_the_privacy_page_in_its_footer()
    {
        Assert.True(site.LaidOutPages.Count > 20, $"only {site.LaidOutPages.Count} pages");
        var missing = site.LaidOutPages
            .Where(p => !new[] { "/toegankelijkheid/", "/privacy/" }.All(FooterLinks(p.Value).Contains))
            .Select(p => p.Key)
            .ToList();

        Assert.True(missing.Count == 0, "No link to /toegankelijkheid/ and /privacy/ in the footer of: " + string.Join(", ", missing));
        Assert.Contains(site.LaidOutPages, p => p.Key == "/404.html");
    }

    [Fact]
    public void The_footer_lists_the_pages_about_the_site_in_order_and_the_feed()
    {
        var footer = Footer(site.Page("/voorbeelden/"));
        var links = footer.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();

        var about = links.Where(l => l.Item1 is "/over/" or "/toegankelijkheid/" or "/privacy/" or "/bijdragen/").ToList();
        Assert.Equal([("/over/", "Over deze site"), ("/toegankelijkheid/", "Toegankelijkheid"), ("/privacy/", "Privacy"), ("/bijdragen/", "Bijdragen")], about);
        Assert.Contains(links, l => l.Item1 == "/feed.xml");
    }

    [Fact]
    public void On_a_page_about_the_site_its_own_footer_link_says_it_is_the_current_page()
    {
        var current = Footer(site.Page("/privacy/")).QuerySelectorAll("a[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/privacy/"], current);
        Assert.Empty(Footer(site.Page("/voorbeelden/")).QuerySelectorAll("a[aria-current]"));
    }

    internal static IElement Footer(IDocument page)
    {
        var footers = page.QuerySelectorAll("body > footer").ToList();
        Assert.True(footers.Count == 1, $"expected one footer, found {footers.Count}");
        return footers[0];
    }

    internal static HashSet<string> FooterLinks(IDocument page) =>
        page.QuerySelectorAll("body > footer a[href]").Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);
}

/// <summary>On the fixture site, which lacks some of those pages: only existing pages are listed, with LinkRoot.</summary>
[Collection(BuiltSites.Name)]
public sealed class FixtureFooterTests(CompleteSite root, CompleteSiteUnderSubPath subPath)
{
    [Fact]
    public void The_footer_links_only_to_pages_about_the_site_that_exist()
    {
        Assert.True(root.Built.Content.Paginas.All(p => p.Slug != "privacy"), "fixture changed: it should have no privacy page");

        var links = RealSiteFooterTests.FooterLinks(root.Built.Site.Page("/"));

        Assert.Contains("/over/", links);
        Assert.Contains("/bijdragen/", links);
        Assert.DoesNotContain("/privacy/", links);
        Assert.DoesNotContain("/toegankelijkheid/", links);
    }

    [Fact]
    public void Under_a_sub_path_every_footer_link_to_a_page_of_the_site_carries_the_sub_path()
    {
        var links = RealSiteFooterTests.FooterLinks(subPath.Built.Site.Page("/voorbeelden/")).Where(h => !h.StartsWith("http", StringComparison.Ordinal)).ToList();

        Assert.Contains("/pv/over/", links);
        Assert.Contains("/pv/bijdragen/", links);
        Assert.Contains("/pv/feed.xml", links);
        Assert.All(links, h => Assert.StartsWith("/pv/", h, StringComparison.Ordinal));
    }
}
