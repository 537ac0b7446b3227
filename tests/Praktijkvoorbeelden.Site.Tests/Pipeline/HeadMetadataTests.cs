using AngleSharp.Html.Dom;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>What search engines and link previews read: canonical URL, description and Open Graph from samenvatting; Dutch on every page.</summary>
[Collection(BuiltSites.Name)]
public sealed class HeadMetadataTests(CompleteSiteUnderSubPath fixture)
{
    private readonly BuiltSite _built = fixture.Built;

    public static TheoryData<string> Documents => ["voorbeelden/groningen-interviews", "voorbeelden/utrecht-groningen-regio", "themas/participatie", "over"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Canonical_url_description_and_open_graph_come_from_the_document(string name)
    {
        var document = _built.Content.Documents.Single(d => d.Path == $"/{name}/");
        var page = _built.Site.Page(document.Path);
        var canonical = $"https://example.org{_built.LinkRoot}{document.Path}";

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(document.Summary, Meta(page, "name", "description"));
        Assert.Equal(document.Title, Meta(page, "property", "og:title"));
        Assert.Equal(document.Summary, Meta(page, "property", "og:description"));
        var ogUrl = Meta(page, "property", "og:url");
        Assert.True(ogUrl is null || ogUrl == canonical, $"og:url {ogUrl} differs from the canonical URL");
        Assert.Contains(document.Title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voorbeeld_is_an_article_for_link_previews()
    {
        var page = _built.Site.Page("/voorbeelden/jij-meter/");

        Assert.Equal("article", Meta(page, "property", "og:type"));
    }

    [Fact]
    public void Markup_characters_in_a_summary_stay_text_in_every_attribute()
    {
        var voorbeeld = _built.Voorbeeld("utrecht-groningen-regio");
        Assert.Contains("\"", voorbeeld.Summary, StringComparison.Ordinal);
        var page = _built.Site.Page(voorbeeld.Path);

        Assert.Equal(voorbeeld.Summary, Meta(page, "name", "description"));
        Assert.Empty(page.QuerySelectorAll("jeugdhulp"));
        Assert.Single(page.QuerySelectorAll("meta[name=description]"));
    }

    [Fact]
    public void Every_page_is_in_Dutch_has_one_main_heading_and_a_canonical_url()
    {
        var pages = _built.Pages;
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");

        foreach (var (path, page) in pages)
        {
            Assert.True(page.DocumentElement.GetAttribute("lang") == "nl", $"{path} is not lang=nl");
            if (IsRefreshPage(page))
            {
                continue; // a moved page: no content of its own
            }

            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path} needs exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "";
            Assert.StartsWith($"https://example.org{_built.LinkRoot}/", canonical, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_has_a_unique_canonical_url()
    {
        var canonicals = _built.Pages.Values.Where(p => !IsRefreshPage(p))
            .Select(p => p.QuerySelector("link[rel=canonical]")?.GetAttribute("href")).ToList();

        Assert.Equal(canonicals.Count, canonicals.Distinct(StringComparer.Ordinal).Count());
    }

    internal static bool IsRefreshPage(IHtmlDocument page) => page.QuerySelector("meta[http-equiv=refresh]") is not null;

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
