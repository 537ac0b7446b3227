using System.Text.Json;
using System.Xml.Linq;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>feed.xml, sitemap.xml, robots.txt and api/voorbeelden.json exist and agree with the pages that were built.</summary>
[Collection(BuiltSites.Name)]
public sealed class GeneratedFilesTests(CompleteSiteUnderSubPath fixture)
{
    private const string BaseUrl = "https://example.org/pv";
    private readonly BuiltSite _built = fixture.Built;

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("api/voorbeelden.json")]
    [InlineData("_redirects")]
    [InlineData("404.html")]
    public void The_file_is_written(string file) =>
        Assert.True(File.Exists(Path.Combine(_built.Site.Output, file)), $"{file} is missing");

    [Fact]
    public void The_sitemap_lists_every_indexable_page_and_nothing_else()
    {
        var locs = XDocument.Parse(_built.Site.OutputText("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        var indexable = _built.Pages
            .Where(p => p.Value.QuerySelector("meta[name=robots][content*=noindex]") is null)
            .Select(p => BaseUrl + (p.Key.EndsWith("/index.html", StringComparison.Ordinal) ? p.Key[..^"index.html".Length] : p.Key));

        Assert.Equal(indexable.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", _built.Site.OutputText("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_has_every_example_newest_first_with_links_to_built_pages()
    {
        var feed = XDocument.Parse(_built.Site.OutputText("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        var links = entries.Select(e => (string)e.Element(atom + "link")!.Attribute("href")!).ToList();
        Assert.Equal(_built.Content.Voorbeelden.Select(v => BaseUrl + v.Path).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        var updated = entries.Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(_built.Site.Output, l[(BaseUrl.Length + 1)..], "index.html")), l));
    }

    [Fact]
    public void The_api_export_has_every_example_with_its_slug_as_id_and_a_working_url()
    {
        using var json = JsonDocument.Parse(_built.Site.OutputText("api/voorbeelden.json"));
        var items = json.RootElement.GetProperty("voorbeelden").EnumerateArray().ToList();
        var files = Directory.EnumerateFiles(Path.Combine(_built.Site.Input, "voorbeelden"), "*.md")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Where(n => !n.StartsWith('_'));

        Assert.Equal(files.Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal($"{BaseUrl}/voorbeelden/{i.GetProperty("id").GetString()}/", i.GetProperty("url").GetString()));
        Assert.Equal("CC0-1.0", json.RootElement.GetProperty("licentie").GetString());
    }
}
