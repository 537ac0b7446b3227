using AngleSharp.Html.Dom;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>Theme pages, pages per gemeente/doelgroep/participatieniveau/werkvorm, the overview, home and 404.</summary>
[Collection(BuiltSites.Name)]
public sealed class ListPageTests(CompleteSite fixture)
{
    private readonly BuiltSite _built = fixture.Built;

    public static TheoryData<string> TaxonomyFolders => ["gemeenten", "doelgroepen", "participatieniveaus", "werkvormen"];

    [Fact]
    public void A_theme_page_shows_the_curated_examples_in_their_order_then_the_rest_by_title()
    {
        var thema = _built.Content.Themas.Single(t => t.Curated.Count > 0);
        var curated = thema.Curated.Select(s => _built.Voorbeeld(s).Title);
        var rest = _built.Content.Voorbeelden.Where(v => v.Themes.Contains(thema.Slug) && !thema.Curated.Contains(v.Slug))
            .Select(v => v.Title).Order(StringComparer.Ordinal);
        Assert.NotEmpty(rest); // the fixture must have examples beyond the curated ones

        var titles = BuiltSite.CardTitles(_built.Site.Page(thema.Path));

        Assert.Equal(curated.Concat(rest), titles);
    }

    [Fact]
    public void A_theme_without_a_curated_list_shows_all_its_examples()
    {
        var thema = _built.Content.Themas.Single(t => t.Curated.Count == 0);
        var expected = _built.Content.Voorbeelden.Where(v => v.Themes.Contains(thema.Slug)).Select(v => v.Path).Order(StringComparer.Ordinal);

        Assert.Equal(expected, CardLinks(_built.Site.Page(thema.Path)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TaxonomyFolders))]
    public void Every_term_page_lists_exactly_the_examples_with_that_term(string folder)
    {
        var expected = _built.Content.Voorbeelden
            .SelectMany(v => ValuesOf(folder, v).Select(slug => (Slug: slug, v.Path)))
            .GroupBy(p => p.Slug, p => p.Path)
            .ToList();
        Assert.NotEmpty(expected);

        foreach (var term in expected)
        {
            var page = _built.Site.Page($"/{folder}/{term.Key}/");
            Assert.Equal(term.Order(StringComparer.Ordinal), CardLinks(page).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(TaxonomyFolders))]
    public void Every_taxonomy_index_links_to_each_of_its_terms_with_examples(string folder)
    {
        var terms = _built.Content.Voorbeelden.SelectMany(v => ValuesOf(folder, v)).Distinct(StringComparer.Ordinal);
        var links = _built.Site.Page($"/{folder}/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);

        Assert.All(terms, slug => Assert.Contains($"/{folder}/{slug}/", links));
    }

    [Fact]
    public void A_municipality_with_diacritics_gets_a_plain_address_and_keeps_its_official_name()
    {
        const string name = "Súdwest-Fryslân";
        Assert.Contains(_built.Content.Voorbeelden, v => v.Municipalities.Contains(name));

        var page = _built.Site.Page("/gemeenten/sudwest-fryslan/");

        Assert.Equal(name, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/voorbeelden/friese-pleegouders/");
    }

    [Fact]
    public void A_ladder_rung_without_examples_still_has_a_page_without_cards()
    {
        var used = _built.Content.Voorbeelden.Select(v => v.ParticipationLevel).ToHashSet(StringComparer.Ordinal);
        var empty = _built.Content.Vocabularies["participatieniveaus"].Terms.First(t => !used.Contains(t.Slug));

        var page = _built.Site.Page($"/participatieniveaus/{empty.Slug}/");

        Assert.Empty(CardLinks(page));
        Assert.Equal(empty.Label, page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public void The_overview_lists_every_example_as_a_plain_link_in_the_html()
    {
        var page = _built.Site.Page("/voorbeelden/");
        var published = Directory.EnumerateFiles(Path.Combine(_built.Site.Input, "voorbeelden"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).Where(n => !n!.StartsWith('_')).Select(n => $"/voorbeelden/{n}/");

        Assert.Equal(published.Order(StringComparer.Ordinal), CardLinks(page).Order(StringComparer.Ordinal));
        Assert.Equal(CardLinks(page).Count, BuiltSite.CardTitles(page).Count);
    }

    [Fact]
    public void The_overview_is_sorted_by_title()
    {
        var titles = BuiltSite.CardTitles(_built.Site.Page("/voorbeelden/"));

        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    [Fact]
    public void Home_shows_the_themes_in_their_order_and_the_most_recently_checked_examples_first()
    {
        var page = _built.Site.Page("/");
        var themeLinks = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href"))
            .Where(h => h!.StartsWith("/themas/", StringComparison.Ordinal) && h != "/themas/").Distinct().ToList();
        var newest = CardLinks(page);

        Assert.Equal(_built.Content.Themas.OrderBy(t => t.Order).Select(t => t.Path), themeLinks);
        var checkedDates = newest.Select(p => _built.Content.Voorbeelden.Single(v => v.Path == p).Checked).ToList();
        Assert.NotEmpty(checkedDates);
        Assert.Equal(checkedDates.OrderByDescending(d => d), checkedDates);
    }

    [Fact]
    public void The_404_page_exists_is_not_indexed_and_leads_back_home()
    {
        var page = _built.Site.Page("/404.html");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
        Assert.DoesNotContain("404.html", _built.Site.OutputText("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_and_folders_starting_with_an_underscore_are_not_published()
    {
        var files = _built.Site.OutputFiles();

        Assert.DoesNotContain(files, f => f.Contains("klad", StringComparison.Ordinal) || f.Contains("concept", StringComparison.Ordinal) || f.Contains("idee", StringComparison.Ordinal));
        Assert.All(files.Where(f => f.Contains("/_", StringComparison.Ordinal)), f => Assert.Equal("/_redirects", f));
        Assert.DoesNotContain("Een klad", _built.Site.OutputText("voorbeelden/index.html"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> ValuesOf(string folder, Voorbeeld v) => folder switch
    {
        "gemeenten" => v.Municipalities.Select(Slugs.From),
        "doelgroepen" => v.TargetGroups,
        "participatieniveaus" => v.ParticipationLevel is { } p ? [p] : [],
        "werkvormen" => v.WorkForms,
        _ => throw new ArgumentOutOfRangeException(nameof(folder)),
    };

    private static List<string> CardLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("main .pv-card__title a").Select(a => a.GetAttribute("href")!).ToList();
}
