using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Verify;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>The verify stage: every internal link and #anchor in the output resolves, under LinkRoot; other sites are not checked.</summary>
public sealed class LinkVerifierTests
{
    private const string Over = "/over/index.html";

    private static readonly string[] Files =
        ["/index.html", Over, "/voorbeelden/a/index.html", "/assets/img/logo.png", "/feed.xml", "/404.html"];

    private const string ExamplePage = """<h2 id="aanpak">Aanpak</h2><h2 id="lessen">Lessen</h2>""";

    [Theory]
    [InlineData("/pv/")]
    [InlineData("/pv/voorbeelden/a/")]
    [InlineData("/pv/voorbeelden/a/#aanpak")]
    [InlineData("/pv/voorbeelden/a/index.html#lessen")]
    [InlineData("/pv/feed.xml")]
    [InlineData("/pv/voorbeelden/a/?q=x")]
    [InlineData("#wie")]
    [InlineData("https://example.org/elders")]
    [InlineData("http://example.org/elders#geen-anker-van-ons")]
    [InlineData("mailto:redactie@example.org")]
    [InlineData("//cdn.example.org/x.css")]
    public void Working_and_external_links_pass(string href)
    {
        var errors = Verify(href, "/pv");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_reported_with_the_page_it_is_on()
    {
        var error = Assert.Single(Verify("/pv/voorbeelden/b/", "/pv"));

        Assert.Equal("output/over/index.html", error.File);
        Assert.Contains("Kapotte link naar '/pv/voorbeelden/b/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Fix);
    }

    [Theory]
    [InlineData("/pv/voorbeelden/a/#resultaten")]
    [InlineData("#bestaat-niet")]
    public void A_missing_anchor_is_reported(string href)
    {
        var error = Assert.Single(Verify(href, "/pv"));

        Assert.Contains($"het anker #{href.Split('#')[1]} bestaat niet op die pagina", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/voorbeelden/a/")]
    [InlineData("/pvx/voorbeelden/a/")]
    public void A_link_without_link_root_is_reported_even_when_the_file_exists(string href)
    {
        var error = Assert.Single(Verify(href, "/pv"));

        Assert.Contains("begint niet met LinkRoot '/pv'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("voorbeelden/a/")]
    [InlineData("../index.html")]
    public void A_relative_link_is_reported_because_it_breaks_under_another_path(string href)
    {
        var error = Assert.Single(Verify(href, ""));

        Assert.Contains("relatieve links zijn niet toegestaan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_sources_are_checked_like_links()
    {
        var errors = Verify(ExamplePage, """<img src="/assets/img/weg.png" alt="x"><img src="/assets/img/logo.png" alt="y">""", "");

        var error = Assert.Single(errors);
        Assert.Contains("/assets/img/weg.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_broken_link_is_reported_in_one_run()
    {
        var errors = Verify(ExamplePage, """<a href="/x/">x</a><a href="/y/">y</a><a href="/voorbeelden/a/#z">z</a>""", "");

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Encoded_characters_in_links_and_ids_are_compared_decoded()
    {
        var errors = Verify("""<h2 id="één">Eén</h2>""", """<a href="/voorbeelden/a/#%C3%A9%C3%A9n">x</a><a href="/over/?a=1&amp;b=2">y</a>""", "",
            target: "/voorbeelden/a/index.html");

        Assert.Empty(errors);
    }

    private static List<Diagnostic> Verify(string href, string linkRoot) =>
        Verify(ExamplePage, $"""<h2 id="wie">Wie</h2><a href="{href}">link</a>""", linkRoot);

    private static List<Diagnostic> Verify(string examplePage, string overPage, string linkRoot, string target = "/voorbeelden/a/index.html")
    {
        var pages = new List<(string, string)> { (target, $"<html><body>{examplePage}</body></html>"), (Over, $"<html><body>{overPage}</body></html>") };
        var diagnostics = new DiagnosticBag();
        LinkVerifier.Verify(pages, Files.ToHashSet(StringComparer.Ordinal), linkRoot, diagnostics);
        return diagnostics.Items.ToList();
    }
}
