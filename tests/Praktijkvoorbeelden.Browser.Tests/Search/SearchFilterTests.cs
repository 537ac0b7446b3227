using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>
/// The filters of the search page against what the build published in /api/voorbeelden.json:
/// the counts are right, and ticking values keeps exactly the voorbeelden that have any ticked
/// value of a filter (OR) and that for every filter with a tick (AND).
/// </summary>
public sealed partial class SearchFilterTests(BrowserSite site)
{
    private static readonly string[] Facets = ["thema", "gemeente", "doelgroep", "participatieniveau"];

    [Fact]
    public async Task Every_filter_value_shows_how_many_voorbeelden_have_it()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        var published = PublishedVoorbeelden.Load(site.Site);

        Assert.Equal(published.Count, (await search.ResultPathsAsync()).Count);
        foreach (var facet in Facets)
        {
            var boxes = search.Filters.Locator($"input[type=checkbox][name=\"{facet}\"]");
            var values = await boxes.EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");
            Assert.True(values.Length > 0, $"No filter values for {facet}.");
            foreach (var value in values)
            {
                // The text a screen reader reads with the checkbox, such as "Pleegzorg (1 voorbeeld)".
                var label = Whitespace().Replace(await search.Page.Locator($"label[for=\"filter-{facet}-{value}\"]").TextContentAsync() ?? "", " ");
                var shown = Count().Match(label);
                Assert.True(shown.Success, $"The filter {facet}={value} shows no count: '{label}'");
                Assert.Equal(published.CountWith(facet, value), int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task Two_values_of_one_filter_widen_the_results_and_a_second_filter_narrows_them()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        var published = PublishedVoorbeelden.Load(site.Site);
        (string, string) pleegzorg = ("thema", "pleegzorg"), escalatie = ("thema", "escalatie-en-doorzettingsmacht"), ouders = ("doelgroep", "ouders");
        // The content must make the difference visible, or this test would prove nothing.
        Assert.True(published.Matching(pleegzorg).Count > 0 && published.Matching(escalatie).Count > 0);
        Assert.Empty(published.Matching(pleegzorg).Intersect(published.Matching(escalatie)));
        Assert.NotEmpty(published.Matching(pleegzorg, escalatie, ouders));
        Assert.NotEmpty(published.Matching(pleegzorg, escalatie).Except(published.Matching(pleegzorg, escalatie, ouders)));

        await search.TickFilterAsync("thema", "pleegzorg");
        Assert.Equal(published.Matching(pleegzorg), (await search.ResultPathsAsync()).ToHashSet());

        await search.TickFilterAsync("thema", "escalatie-en-doorzettingsmacht");
        Assert.Equal(published.Matching(pleegzorg, escalatie), (await search.ResultPathsAsync()).ToHashSet());

        await search.TickFilterAsync("doelgroep", "ouders");
        Assert.Equal(published.Matching(pleegzorg, escalatie, ouders), (await search.ResultPathsAsync()).ToHashSet());
        Assert.Equal(["doelgroep=ouders", "thema=escalatie-en-doorzettingsmacht", "thema=pleegzorg"], await search.TickedFiltersAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task A_filter_narrows_the_results_of_a_query()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        var published = PublishedVoorbeelden.Load(site.Site);

        await search.TypeAsync("jeugdhulp ");
        var all = (await search.ResultPathsAsync()).ToHashSet();
        await search.TickFilterAsync("participatieniveau", "raadplegen");
        var filtered = (await search.ResultPathsAsync()).ToHashSet();

        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count, $"The filter kept all {all.Count} results.");
        Assert.Equal(all.Intersect(published.Matching(("participatieniveau", "raadplegen"))).ToHashSet(), filtered);
    }

    // "(3 voorbeelden)" or "(1 voorbeeld)" at the end of a filter label.
    [GeneratedRegex(@"\((\d+) voorbeeld(en)?\)\s*$")]
    private static partial Regex Count();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
