using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Security;

/// <summary>
/// Content may not set an id or a class: an id could take one the theme needs, such as "inhoud",
/// the target of the skip link. The anchors the build makes itself, for headings and footnotes, stay,
/// and a heading anchor never takes an id of the theme.
/// </summary>
public sealed class ContentIdTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_id_in_the_content_is_refused_on_its_line()
    {
        _site.Replace(HostileSite.Voorbeeld, "## Aanleiding", "<p id=\"inhoud\">Spring hierheen.</p>\n\n## Aanleiding");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((HostileSite.VoorbeeldDisplayPath, 21), (error.File, error.Line));
        Assert.Contains("het attribuut id op <p> is niet toegestaan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_anchors_and_footnotes_work_and_the_skip_link_target_stays_unique()
    {
        _site.Replace(HostileSite.Voorbeeld, "wat jongeren nodig hebben.", "wat jongeren nodig hebben[^1].\n\n[^1]: Volgens de testbron.");

        _site.BuildSucceeded(); // the link check found #fn:1 and #fnref:1

        var page = _site.Page("/voorbeelden/eerste-voorbeeld/");
        Assert.Single(page.QuerySelectorAll("[id]"), e => e.Id == "inhoud");
        Assert.Equal(["aanleiding", "aanpak"], page.QuerySelectorAll("main h2[id]").Select(h => h.Id!).Where(id => id is "aanleiding" or "aanpak"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "#fn:1");
        Assert.Contains(page.QuerySelectorAll("main [id]"), e => e.Id == "fn:1");
    }

    [Fact]
    public void A_heading_named_like_an_id_of_the_theme_gets_an_anchor_of_its_own()
    {
        _site.Replace(HostileSite.Voorbeeld, "## Aanleiding", "## Inhoud");

        _site.BuildSucceeded();

        var page = _site.Page("/voorbeelden/eerste-voorbeeld/");
        Assert.Equal("MAIN", Assert.Single(page.QuerySelectorAll("[id]"), e => e.Id == "inhoud").TagName);
        Assert.Equal("inhoud-2", Assert.Single(page.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "Inhoud").Id);
    }
}
