using System.Xml.Linq;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>sitemap.xml and robots.txt, which points at it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEnumerable<GeneratedFile> Create(SiteSettings settings, IReadOnlyList<PagePlan> pages)
    {
        var urlset = new XElement(Ns + "urlset",
            pages.Where(p => !p.Page.Noindex).Select(p => new XElement(Ns + "url", new XElement(Ns + "loc", p.Page.CanonicalUrl))));
        yield return new GeneratedFile("sitemap.xml", new XDeclaration("1.0", "utf-8", null) + "\n" + urlset);
        yield return new GeneratedFile("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteUrl("/sitemap.xml")}\n");
    }
}
