using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>The verify stage over a whole build: a broken internal link, from content or from a template, fails the build in Dutch.</summary>
public sealed class BrokenLinkTests : IDisposable
{
    private readonly TestSite _site = new("compleet");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_broken_link_in_a_template_fails_the_build_once_with_a_Dutch_message()
    {
        // How many pages use the layout: build once with a working link in it.
        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1><a href=\"{{ '/' | url }}\" data-merk>thuis</a>");
        _site.BuildSucceeded();
        var pagesWithLayout = _site.HtmlPages().Count(p => p.Value.QuerySelector("a[data-merk]") is not null);
        Assert.True(pagesWithLayout > 1, "the fixture should have several plain pages");

        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1><a href=\"{{ '/bestaat-niet/' | url }}\">weg</a>");
        var errors = Errors(_site.Build());

        // One error for the link, not one per page, naming the first page and how many have it.
        var error = Assert.Single(errors);
        Assert.Contains("Kapotte link naar '/bestaat-niet/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Deze link staat op {pagesWithLayout} pagina's", error.Message, StringComparison.Ordinal);
        Assert.Contains("Controleer de link", error.Fix ?? "", StringComparison.Ordinal);
        Assert.Equal("output/bijdragen/index.html", error.File);
    }

    [Fact]
    public void A_template_link_without_the_url_filter_fails_under_a_sub_path()
    {
        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1><a href=\"/voorbeelden/\">alle</a>");

        var errors = Errors(_site.Build(linkRoot: "/pv"));

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("begint niet met LinkRoot '/pv'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_template_link_is_fine_at_the_root()
    {
        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1><a href=\"/voorbeelden/\">alle</a>");

        _site.BuildSucceeded();
    }

    [Fact]
    public void A_link_in_content_to_a_heading_that_does_not_exist_fails_the_build()
    {
        _site.Replace("over.md", "De redactie.", "Lees [de aanpak](/voorbeelden/jij-meter/#werkwijze).");

        var error = Assert.Single(Errors(_site.Build()));

        Assert.Contains("het anker #werkwijze bestaat niet op die pagina", error.Message, StringComparison.Ordinal);
        Assert.Contains("over", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_content_to_a_page_that_does_not_exist_names_the_source_file_and_line()
    {
        _site.Replace("over.md", "De redactie.", "Lees [de aanpak](/voorbeelden/jij-metr/).");

        var error = Assert.Single(Errors(_site.Build()));

        Assert.Equal("input/over.md", error.File);
        Assert.Equal(File.ReadAllLines(Path.Combine(_site.Input, "over.md")).ToList().FindIndex(l => l.Contains("jij-metr", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Equal("Bedoelt u '/voorbeelden/jij-meter/'?", error.Fix);
    }

    [Fact]
    public void A_link_to_an_anchor_that_exists_builds()
    {
        _site.Replace("over.md", "De redactie.", "Lees [de aanpak](/voorbeelden/jij-meter/#aanpak).");

        _site.BuildSucceeded();

        Assert.Contains(_site.Page("/over/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/voorbeelden/jij-meter/#aanpak");
    }

    private static List<Diagnostic> Errors(Praktijkvoorbeelden.Site.Pipeline.BuildResult result)
    {
        Assert.False(result.Succeeded);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }
}
