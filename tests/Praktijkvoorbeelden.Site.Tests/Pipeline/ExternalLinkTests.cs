using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// A link to another website says so to every reader: an icon on screen (theme CSS, checked in the
/// browser tests) and the words "(externe website)" in the link for screen readers, whether the
/// link comes from Markdown or from a template.
/// </summary>
internal static class ExternalLinks
{
    public const string Note = "(externe website)";

    /// <summary>Every link to another host on the page that does not say it leaves the site, as "page: href".</summary>
    public static IEnumerable<string> Unmarked(string sitePath, IHtmlDocument page) =>
        page.QuerySelectorAll("a[href^='http']").Where(a => !IsMarked(a)).Select(a => $"{sitePath}: {a.GetAttribute("href")}");

    public static bool IsMarked(IElement link)
    {
        var notes = link.QuerySelectorAll("span.pv-visually-hidden").Where(s => s.TextContent.Trim() == Note).ToList();
        var rel = (link.GetAttribute("rel") ?? "").Split(' ');
        return notes.Count == 1 && link.LastElementChild == notes[0] && link.ClassList.Contains("link--extern") && rel.Contains("external") && rel.Contains("noopener");
    }
}

[Collection(BuiltSites.Name)]
public sealed class ExternalLinkTests(CompleteSite fixture)
{
    private readonly BuiltSite _built = fixture.Built;

    [Fact]
    public void Links_from_markdown_from_the_sources_and_from_the_footer_all_say_they_leave_the_site()
    {
        var page = _built.Site.Page("/voorbeelden/groningen-interviews/");
        var external = page.QuerySelectorAll("a[href^='http']").ToList();

        Assert.Contains(external, a => a.Closest(".pv-prose") is not null); // from Markdown, through the post-processor
        Assert.Contains(external, a => a.Closest(".pv-sources") is not null); // from the voorbeeld template
        Assert.Contains(external, a => a.Closest("footer") is not null); // from the footer template
        Assert.All(external, a => Assert.True(ExternalLinks.IsMarked(a), a.OuterHtml));
    }

    [Fact]
    public void Every_link_to_another_website_on_every_page_says_so()
    {
        var unmarked = _built.Pages.SelectMany(p => ExternalLinks.Unmarked(p.Key, p.Value)).ToList();

        Assert.True(unmarked.Count == 0, "Not marked as external: " + string.Join(", ", unmarked));
    }

    [Fact]
    public void Links_within_the_site_carry_no_note()
    {
        var internalWithNote = _built.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("a[href]").Where(a => !(a.GetAttribute("href") ?? "").StartsWith("http", StringComparison.Ordinal))
                .Where(a => a.TextContent.Contains(ExternalLinks.Note, StringComparison.Ordinal)).Select(a => $"{p.Key}: {a.GetAttribute("href")}"))
            .ToList();

        Assert.Empty(internalWithNote);
    }

    [Fact]
    public void The_note_is_not_part_of_the_text_that_search_finds_and_shows()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(_built.Site.Output, "zoeken"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(texts);

        Assert.All(texts, f => Assert.DoesNotContain("externe website", File.ReadAllText(f), StringComparison.Ordinal));
    }
}

[Collection(RealSites.Name)]
public sealed class RealSiteExternalLinkTests(RealSite site)
{
    [Fact]
    public void Every_link_to_another_website_in_the_real_site_says_so()
    {
        Assert.Contains(site.LaidOutPages.Values, p => p.QuerySelector("main a[href^='http']") is not null);

        var unmarked = site.LaidOutPages.SelectMany(p => ExternalLinks.Unmarked(p.Key, p.Value)).ToList();

        Assert.True(unmarked.Count == 0, "Not marked as external: " + string.Join(", ", unmarked));
    }
}
