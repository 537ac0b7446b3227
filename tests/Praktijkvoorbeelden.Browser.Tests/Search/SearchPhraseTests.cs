using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>
/// Quotes make a phrase. The word positions a phrase needs are most of the index, so the page
/// fetches them (the phrase index) only when someone types a quote, and then finds the phrase in
/// the body of a voorbeeld.
/// </summary>
public sealed partial class SearchPhraseTests(BrowserSite site)
{
    private const string AanspreekpuntPath = "/voorbeelden/aanspreekpunt-met-doorzettingsmacht/";

    [Fact]
    public async Task A_phrase_in_the_body_is_found_and_only_a_phrase_fetches_the_phrase_index()
    {
        await using var session = await site.OpenAsync();
        var phraseFiles = new ConcurrentQueue<string>();
        session.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/zoeken/index/", StringComparison.Ordinal) && request.Url.Contains(".zinnen-", StringComparison.Ordinal))
            {
                phraseFiles.Enqueue(request.Url);
            }
        };
        var search = await SearchPage.OpenAsync(session);

        // The same words without quotes: found anywhere, in any order, without the phrase index.
        await search.TypeAsync("hele leven");
        await Expect(search.Status).ToHaveTextAsync(Found());
        Assert.Contains(AanspreekpuntPath, await search.ResultPathsAsync());
        Assert.Empty(phraseFiles);

        await search.Box.FillAsync("");
        await search.TypeAsync("\"hele leven\"");

        // "het hele leven" stands only in the body of this voorbeeld, so only the phrase index can find it.
        await Expect(search.Status).ToHaveTextAsync(Found());
        Assert.Equal([AanspreekpuntPath], await search.ResultPathsAsync());
        Assert.NotEmpty(phraseFiles);
        var marks = search.Results.First.Locator(".pv-search-result__snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.Contains(await marks.AllInnerTextsAsync(), mark => mark.StartsWith("hele", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(session.Problems);
    }

    [GeneratedRegex(@"^1 voorbeeld gevonden\.$|^\d+ voorbeelden gevonden\.$")]
    private static partial Regex Found();
}
