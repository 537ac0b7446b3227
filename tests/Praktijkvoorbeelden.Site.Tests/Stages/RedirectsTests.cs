using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>Old addresses from aliassen: a forced 301 in _redirects, and a refresh page where no server rules apply.</summary>
public sealed class RedirectsTests
{
    private static readonly SiteSettings Settings = Samples.Settings("/pv");

    private static readonly ContentSet Content = new(
        [
            Samples.Voorbeeld("nieuw", title: "Ouders & <jongeren>", aliases: ["/oud/pad/", "/voorbeelden/vroeger/"]),
            Samples.Voorbeeld("zonder-alias"),
        ],
        [Samples.Thema("meedoen", aliases: ["/thema/meedoen/"])],
        [Samples.Pagina("over", "Tekst", aliases: ["/over-ons.html"])],
        new Vocabularies(new Dictionary<string, Vocabulary>(StringComparer.Ordinal)));

    private static readonly Dictionary<string, string> Files =
        Redirects.Create(Settings, Content).ToDictionary(f => f.RelativePath, f => f.Content);

    [Fact]
    public void Every_alias_is_one_forced_301_line_from_its_site_path_to_the_page_under_link_root()
    {
        var lines = Files["_redirects"].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var expected = Content.Documents.SelectMany(d => d.Aliases.Select(a => $"{a} {Settings.Link(d.Path)} 301!"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.Equal(3, l.Split(' ').Length));
    }

    [Fact]
    public void Every_alias_gets_a_refresh_page_at_its_old_address()
    {
        foreach (var document in Content.Documents)
        {
            foreach (var alias in document.Aliases)
            {
                var file = alias.EndsWith('/') ? alias.TrimStart('/') + "index.html" : alias.TrimStart('/');
                Assert.True(Files.ContainsKey(file), $"No refresh page for {alias} at {file}");
                var page = new HtmlParser().ParseDocument(Files[file]);

                Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
                Assert.Equal($"0; url={Settings.Link(document.Path)}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
                Assert.Equal(Settings.AbsoluteUrl(document.Path), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
                Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
                Assert.Equal(Settings.Link(document.Path), page.QuerySelector("body a")?.GetAttribute("href")); // for browsers that ignore refresh
            }
        }
    }

    [Fact]
    public void A_title_with_markup_characters_cannot_inject_html_into_the_refresh_page()
    {
        var page = new HtmlParser().ParseDocument(Files["oud/pad/index.html"]);

        Assert.Equal("Ouders & <jongeren>", page.Title);
        Assert.Empty(page.QuerySelectorAll("jongeren"));
    }

    [Fact]
    public void A_site_without_aliases_has_an_empty_redirects_file_and_no_refresh_pages()
    {
        var content = Content with { Voorbeelden = [Samples.Voorbeeld("a")], Themas = [], Paginas = [] };

        var files = Redirects.Create(Settings, content).ToList();

        var only = Assert.Single(files);
        Assert.Equal("_redirects", only.RelativePath);
        Assert.Equal("", only.Content.Trim());
    }
}
