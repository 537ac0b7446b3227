using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>What a visitor sees after typing in the search page: linked titles, marked snippets, gemeente and thema's, and a count that is read out.</summary>
public sealed class SearchResultsTests(BrowserSite site)
{
    private const string GroningenPath = "/voorbeelden/groningen-interviews-jeugdzorgclienten/";
    private const string PleegoudersPath = "/voorbeelden/gemeente-als-bondgenoot-van-pleegouders/";

    [Fact]
    public async Task Typing_a_query_shows_linked_titles_marked_snippets_gemeente_and_themas_and_announces_the_count()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        var published = PublishedVoorbeelden.Load(site.Site);

        await search.TypeAsync("Groningen interviews");

        var paths = await search.ResultPathsAsync();
        Assert.NotEmpty(paths);
        Assert.Equal(GroningenPath, paths[0]);
        Assert.All(paths, path => Assert.StartsWith("/voorbeelden/", path, StringComparison.Ordinal));
        var first = search.Results.First;
        await Expect(first.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link)).ToHaveTextAsync(published.TitleOf(GroningenPath));

        // The snippet arrives once the text of the voorbeeld is fetched; its marks are the words searched for.
        var marks = first.Locator(".pv-search-result__snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.All(await marks.AllInnerTextsAsync(), mark => Assert.Matches("(?i)^(groning|interview)", mark));

        Assert.Equal("Groningen", await first.Locator("dt:text-is('Gemeente') + dd").InnerTextAsync());
        Assert.Contains("Cliëntenparticipatie", await first.Locator("dt:text-is('Thema') + dd").InnerTextAsync(), StringComparison.Ordinal);

        var expected = paths.Count == 1 ? "1 voorbeeld gevonden." : $"{paths.Count} voorbeelden gevonden.";
        await Expect(search.Status).ToHaveTextAsync(expected);
        await Expect(search.LiveRegion).ToHaveTextAsync(expected);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task A_typo_still_finds_the_pleegouder_example_and_the_page_says_what_it_searched_for()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);

        await search.TypeAsync("pleegoudres");

        var paths = await search.ResultPathsAsync();
        Assert.NotEmpty(paths);
        Assert.Equal(PleegoudersPath, paths[0]);
        await Expect(search.SearchedFor).ToBeVisibleAsync();
        await Expect(search.SearchedFor).ToContainTextAsync("Gezocht naar: pleegouder");
        await Expect(search.SearchedFor).ToContainTextAsync("pleegoudres");
        await Expect(search.LiveRegion).ToContainTextAsync("Gezocht naar: pleegouder");
        // The snippet marks the corrected word (and may mark other words that share a compound part, such as pleegzorg).
        var marks = search.Results.First.Locator(".pv-search-result__snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.Contains(await marks.AllInnerTextsAsync(), mark => mark.StartsWith("pleegouder", StringComparison.OrdinalIgnoreCase));

        // Typing the word right takes the remark away again.
        await search.Box.FillAsync("pleegouders");
        await search.WaitUntilAnsweredAsync();
        await Expect(search.SearchedFor).ToBeHiddenAsync();
        Assert.Equal(PleegoudersPath, (await search.ResultPathsAsync())[0]);
    }

    [Fact]
    public async Task A_query_without_results_says_so_and_shows_no_empty_filter_area()
    {
        await using var session = await site.OpenAsync();
        var search = await SearchPage.OpenAsync(session);
        await Expect(search.Filters).ToBeVisibleAsync();

        await search.TypeAsync("xylofoonkwartet");

        Assert.Equal(0, await search.Results.CountAsync());
        await Expect(search.Status).ToHaveTextAsync("Geen voorbeelden gevonden. Probeer een ander woord of zet een filter uit.");
        await Expect(search.LiveRegion).ToHaveTextAsync("Geen voorbeelden gevonden. Probeer een ander woord of zet een filter uit.");
        await Expect(search.Page.GetByRole(AriaRole.Heading, new() { Name = "Filters" })).ToBeHiddenAsync();

        await search.Box.FillAsync("");
        await search.WaitUntilAnsweredAsync();
        await Expect(search.Filters).ToBeVisibleAsync();
    }
}
