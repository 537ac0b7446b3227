using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>Markdig plus the DOM pass: unique heading anchors, links that work under LinkRoot, external links marked.</summary>
public sealed class RenderTests
{
    private static readonly HashSet<string> KnownPaths = new(StringComparer.Ordinal) { "/", "/themas/meedoen/", "/voorbeelden/a/", "/assets/img/logo.png" };

    [Fact]
    public void Headings_get_unique_readable_ids_in_document_order()
    {
        var (html, rendered, errors) = Render("## Aanpak\n\nA\n\n### Aanpak\n\nB\n\n## Lessen voor andere gemeenten\n\n## Aanpak\n\n## Eén & twee?\n");

        Assert.Empty(errors);
        var ids = html.QuerySelectorAll("h2, h3").Select(h => h.Id).ToList();
        Assert.Equal(["aanpak", "aanpak-2", "lessen-voor-andere-gemeenten", "aanpak-3"], ids[..4]);
        Assert.Equal(ids, rendered.Headings.Select(h => h.Id));
        Assert.Equal([2, 3, 2, 2, 2], rendered.Headings.Select(h => h.Level));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_heading_with_accents_gets_a_readable_id()
    {
        var (html, _, _) = Render("## Één & twee\n\n## Wat cliënten zeggen\n");

        Assert.Equal(["een-twee", "wat-clienten-zeggen"], html.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void A_heading_without_letters_still_gets_an_anchor()
    {
        var (html, _, _) = Render("## ???\n\n## !!!\n");

        var ids = html.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_external_link_is_marked_and_opens_without_access_to_this_page()
    {
        var (html, _, errors) = Render("Zie [de bron](https://example.org/rapport.pdf) en [die](http://example.org/).\n");

        Assert.Empty(errors);
        Assert.All(html.QuerySelectorAll("a"), a =>
        {
            Assert.Contains("link--extern", a.ClassList);
            var rel = (a.GetAttribute("rel") ?? "").Split(' ');
            Assert.Contains("noopener", rel);
            Assert.Contains("noreferrer", rel);
            Assert.Contains("external", rel);
        });
    }

    [Fact]
    public void Internal_links_and_images_get_the_link_root()
    {
        var (html, _, errors) = Render("[Meedoen](/themas/meedoen/) en [A](/voorbeelden/a/#aanpak).\n\n![Logo](/assets/img/logo.png)\n", linkRoot: "/pv");

        Assert.Empty(errors);
        Assert.Equal(["/pv/themas/meedoen/", "/pv/voorbeelden/a/#aanpak"], html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/pv/assets/img/logo.png", html.QuerySelector("img")!.GetAttribute("src"));
        Assert.Empty(html.QuerySelectorAll(".link--extern"));
    }

    [Fact]
    public void Internal_links_are_left_alone_at_the_root()
    {
        var (html, _, _) = Render("[Meedoen](/themas/meedoen/)\n");

        Assert.Equal("/themas/meedoen/", html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_an_error_on_the_line_of_the_file()
    {
        var body = "Eerste regel.\n\nZie [dit](/voorbeelden/b/).\n";

        var (_, _, errors) = Render(body, bodyLine: 10);

        var error = Assert.Single(errors);
        Assert.Equal(12, error.Line); // the body starts on line 10, the link is on its third line
        Assert.Equal(5, error.Column); // where the link starts
        Assert.Contains("'/voorbeelden/b/' wijst naar een pagina die niet bestaat", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u '/voorbeelden/a/'?", error.Fix);
    }

    [Theory]
    [InlineData("[x](voorbeelden/a/)", "relatief pad")]
    [InlineData("[x](javascript:alert(1))", "niet toegestaan")]
    [InlineData("[x](//example.org/)", "niet toegestaan")]
    [InlineData("# Tweede titel", "Een kop met één #")]
    public void Links_and_headings_that_break_the_site_are_refused(string markdown, string message)
    {
        var (_, _, errors) = Render(markdown + "\n");

        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_without_trailing_slash_to_an_existing_page_is_accepted()
    {
        var (_, _, errors) = Render("[x](/themas/meedoen)\n");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Tekst.\n\n<p>Een schema:\n<img src=\"/assets/img/logo.png\"></p>\n", 13, 1)]
    [InlineData("Tekst.\n\nZie <img src=\"/assets/img/logo.png\" alt=\" \"> hier.\n", 12, 5)]
    [InlineData("> <figure>\n> <IMG SRC='/assets/img/logo.png'>\n> </figure>\n", 11, 3)]
    public void A_raw_image_without_alt_text_is_an_error_on_its_own_line(string body, int line, int column)
    {
        var (_, _, errors) = Render(body, bodyLine: 10);

        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("geen alt-tekst", error.Message, StringComparison.Ordinal);
        Assert.Contains("alt=\"...\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_image_with_alt_text_and_a_raw_link_to_a_page_that_exists_are_accepted()
    {
        var (html, _, errors) = Render("<p><img src=\"/assets/img/logo.png\" alt=\"Logo\"> en <a href=\"/themas/meedoen\">meedoen</a></p>\n", linkRoot: "/pv");

        Assert.Empty(errors);
        Assert.Equal("/pv/themas/meedoen", html.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Eerste regel.\n\nZie <a href=\"/voorbeelden/b/\">dit</a>.\n", 12, 5)]
    [InlineData("<figure>\n  <p><a href='/voorbeelden/b'>dit</a></p>\n</figure>\n", 11, 6)]
    public void A_raw_link_to_a_page_that_does_not_exist_is_an_error_on_its_line_with_a_suggestion(string body, int line, int column)
    {
        var (_, _, errors) = Render(body, bodyLine: 10);

        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("wijst naar een pagina die niet bestaat", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u '/voorbeelden/a/'?", error.Fix);
    }

    [Fact]
    public void A_raw_relative_link_is_refused_like_a_Markdown_one()
    {
        var (_, _, errors) = Render("<a href=\"voorbeelden/a/\">dit</a>\n");

        Assert.Contains(errors, e => e.Message.Contains("relatief pad", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p id=\"inhoud\">Tekst</p>\n", "het attribuut id op <p>")]
    [InlineData("<p>Een <span class=\"groot\">woord</span>.</p>\n", "het attribuut class op <span>")]
    public void Content_may_not_set_an_id_or_a_class_and_the_sanitizer_removes_them(string body, string refused)
    {
        var (html, _, errors) = Render(body);

        Assert.Contains(errors, e => e.Message.Contains(refused, StringComparison.Ordinal));
        Assert.Empty(html.QuerySelectorAll("[id], [class]"));
    }

    [Fact]
    public void Footnotes_keep_the_anchors_their_links_point_to()
    {
        var (html, _, errors) = Render("Tekst met een noot[^1] en [een link](https://example.org/).\n\n[^1]: De noot.\n");

        Assert.Empty(errors);
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var anchors = html.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Equal(["fn:1", "fnref:1"], anchors.Order(StringComparer.Ordinal));
        Assert.All(anchors, a => Assert.Contains(a, ids));
        // Only the post-processor's own: the external-link class and its hidden "(externe website)" note.
        Assert.Equal(["link--extern", "pv-visually-hidden"], html.QuerySelectorAll("[class]").Select(e => e.GetAttribute("class")));
    }

    [Fact]
    public void Plain_text_for_the_search_index_has_no_markup()
    {
        var (_, rendered, _) = Render("## Aanpak\n\nDe **gemeente** sprak   met [jongeren](/voorbeelden/a/).\n");

        Assert.Equal("Aanpak De gemeente sprak met jongeren.", rendered.PlainText);
    }

    private static (IElement Html, RenderedDocument Rendered, IReadOnlyList<Diagnostic> Errors) Render(string body, string linkRoot = "", int bodyLine = 5)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(Samples.Settings(linkRoot), KnownPaths);

        var rendered = renderer.Render(Samples.Pagina("test", body, bodyLine), diagnostics);

        var document = new HtmlParser().ParseDocument($"<body>{rendered.Html}</body>");
        return (document.Body!, rendered, diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList());
    }
}
