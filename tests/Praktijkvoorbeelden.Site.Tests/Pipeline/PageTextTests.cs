using AngleSharp.Dom;
using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>The words around the content say what they mean: headings that say what to choose, singular or plural as the facts are, no unexplained jargon.</summary>
[Collection(BuiltSites.Name)]
public sealed class PageTextTests(CompleteSite fixture)
{
    private readonly BuiltSite _built = fixture.Built;

    public static TheoryData<string, string> ChoosePages => new()
    {
        { "/themas/", "Kies een thema" },
        { "/gemeenten/", "Kies een gemeente" },
        { "/doelgroepen/", "Kies een doelgroep" },
        { "/participatieniveaus/", "Kies een niveau van meedoen" },
        { "/werkvormen/", "Kies een werkvorm" },
    };

    [Theory]
    [MemberData(nameof(ChoosePages))]
    public void A_page_that_only_lists_terms_says_what_to_choose(string path, string heading)
    {
        var page = _built.Site.Page(path);
        Assert.Empty(page.QuerySelectorAll("main .pv-card")); // a page of terms only

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Contains(heading, headings);
        Assert.DoesNotContain("Kies", headings);
    }

    [Fact]
    public void No_page_of_the_site_has_a_heading_that_is_only_kies()
    {
        var bare = _built.Pages.Where(p => p.Value.QuerySelectorAll("h1, h2, h3").Any(h => h.TextContent.Trim() == "Kies")).Select(p => p.Key).ToList();

        Assert.Empty(bare);
    }

    [Fact]
    public void A_card_says_gemeente_or_thema_for_one_value_and_gemeenten_or_themas_for_more()
    {
        var overview = _built.Site.Page("/voorbeelden/");
        var checkedCards = 0;
        foreach (var v in _built.Content.Voorbeelden)
        {
            var card = Card(overview, v);
            if (v.Municipalities.Count > 0)
            {
                Assert.Equal(v.Municipalities.Count == 1 ? "Gemeente" : "Gemeenten", FactLabel(card, v.Municipalities[0]));
            }

            var themeTitle = _built.Content.Themas.Single(t => t.Slug == v.Themes[0]).Title;
            Assert.Equal(v.Themes.Count == 1 ? "Thema" : "Thema's", FactLabel(card, themeTitle));
            checkedCards++;
        }

        // The fixture must have both forms: one voorbeeld in two gemeenten, one with two themes.
        Assert.Contains(_built.Content.Voorbeelden, v => v.Municipalities.Count > 1);
        Assert.Contains(_built.Content.Voorbeelden, v => v.Themes.Count > 1);
        Assert.True(checkedCards > 2);
    }

    [Fact]
    public void The_facts_of_a_voorbeeld_are_singular_or_plural_as_their_values()
    {
        var checkedFacts = 0;
        foreach (var v in _built.Content.Voorbeelden)
        {
            var labels = _built.Site.Page(v.Path).QuerySelectorAll(".pv-meta dt").Select(dt => dt.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);
            foreach (var (count, one, more) in new[]
                     {
                         (v.Municipalities.Count, "Gemeente", "Gemeenten"), (v.Themes.Count, "Thema", "Thema's"),
                         (v.TargetGroups.Count, "Doelgroep", "Doelgroepen"), (v.WorkForms.Count, "Werkvorm", "Werkvormen"),
                     }.Where(f => f.Item1 > 0))
            {
                Assert.Contains(count == 1 ? one : more, labels);
                Assert.DoesNotContain(count == 1 ? more : one, labels);
                checkedFacts++;
            }
        }

        Assert.Contains(_built.Content.Voorbeelden, v => v.Themes.Count == 1);
        Assert.Contains(_built.Content.Voorbeelden, v => v.TargetGroups.Count > 1);
        Assert.True(checkedFacts > 10);
    }

    [Fact]
    public void The_scale_of_a_voorbeeld_is_explained_in_plain_words()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var scale = _built.Content.Vocabularies["schalen"].Find(v.Scale)!;
        Assert.NotEmpty(scale.Description);

        var value = FactValue(_built.Site.Page(v.Path), "Schaal");

        Assert.StartsWith(scale.Label, value.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(scale.Description, value.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_participation_level_has_a_plain_label_its_meaning_and_a_link_to_the_explanation_of_the_ladder()
    {
        var v = _built.Voorbeeld("groningen-interviews");
        var level = _built.Content.Vocabularies["participatieniveaus"].Find(v.ParticipationLevel!)!;
        var page = _built.Site.Page(v.Path);
        Assert.DoesNotContain(page.QuerySelectorAll("main dt"), dt => dt.TextContent.Contains("Trede", StringComparison.Ordinal));

        var value = FactValue(page, "Niveau van meedoen");

        Assert.Contains(level.Description, value.TextContent, StringComparison.Ordinal);
        var ladder = value.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/participatieniveaus/");
        Assert.Contains("participatieladder", ladder.TextContent, StringComparison.Ordinal);
        // The page it links to explains the ladder and lists every rung.
        var explanation = _built.Site.Page("/participatieniveaus/");
        Assert.Contains("participatieladder", explanation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            _built.Content.Vocabularies["participatieniveaus"].Terms.Select(t => $"/participatieniveaus/{t.Slug}/"),
            explanation.QuerySelectorAll("main .pv-term__link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Home_calls_its_list_new_or_updated_because_it_is_sorted_by_the_date_last_checked()
    {
        var headings = _built.Site.Page("/").QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Contains("Nieuw of bijgewerkt", headings);
        Assert.DoesNotContain("Nieuwste voorbeelden", headings);
    }

    [Fact]
    public void The_search_box_in_the_header_and_on_the_404_page_have_the_same_label()
    {
        var page = _built.Site.Page("/404.html");

        var header = Label(page, "zoekvak");
        var notFound = Label(page, "zoekveld-404");

        Assert.Equal("Zoek een voorbeeld", header);
        Assert.Equal(header, notFound);
    }

    private static string Label(IDocument page, string inputId)
    {
        Assert.NotNull(page.GetElementById(inputId));
        return page.QuerySelectorAll("label").Single(l => l.GetAttribute("for") == inputId).TextContent.Trim();
    }

    private static IElement Card(IDocument page, Voorbeeld v) =>
        page.QuerySelectorAll(".pv-card").Single(c => c.QuerySelector(".pv-card__title a")?.GetAttribute("href") == v.Path);

    /// <summary>The label (dt) of the fact on a card whose value mentions a text.</summary>
    private static string FactLabel(IElement card, string valueText) =>
        card.QuerySelectorAll(".pv-card__fact").Single(f => f.QuerySelector("dd")!.TextContent.Contains(valueText, StringComparison.Ordinal))
            .QuerySelector("dt")!.TextContent.Trim();

    private static IElement FactValue(IDocument page, string label)
    {
        var dt = page.QuerySelectorAll(".pv-meta dt").Single(d => d.TextContent.Trim() == label);
        Assert.Equal("dd", dt.NextElementSibling?.LocalName);
        return dt.NextElementSibling!;
    }
}
