using System.Xml.Linq;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>sitemap.xml lists every page a search engine may index; robots.txt points at it.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Lists_every_page_except_those_marked_noindex()
    {
        var settings = Samples.Settings("/pv");
        var plans = new[]
        {
            Plan(settings, "/", noindex: false),
            Plan(settings, "/voorbeelden/a/", noindex: false),
            Plan(settings, "/404.html", noindex: true),
            Plan(settings, "/concept/", noindex: true),
        };

        var files = Sitemap.Create(settings, plans).ToDictionary(f => f.RelativePath, f => f.Content);

        var locs = XDocument.Parse(files["sitemap.xml"]).Descendants(Ns + "loc").Select(l => l.Value).ToList();
        Assert.Equal(plans.Where(p => !p.Page.Noindex).Select(p => p.Page.CanonicalUrl), locs);
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_absolute_sitemap_url()
    {
        var settings = Samples.Settings("/pv", host: "voorbeelden.example.nl");

        var robots = Sitemap.Create(settings, []).Single(f => f.RelativePath == "robots.txt").Content;

        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://voorbeelden.example.nl/pv/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", robots, StringComparison.Ordinal);
    }

    private static PagePlan Plan(Praktijkvoorbeelden.Site.Settings.SiteSettings settings, string path, bool noindex) =>
        new("lijst", new PageView { Type = "lijst", Title = path, Path = path, CanonicalUrl = settings.AbsoluteUrl(path), Noindex = noindex });
}
