using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>
/// The search page (/zoeken/) as a visitor uses it: the box, the status line, the filters and the
/// result list. Waits are for conditions a visitor would see, never fixed sleeps.
/// </summary>
internal sealed class SearchPage
{
    // Starting the engine keeps a page's main thread busy for 2 to 3 seconds (interpreted .NET);
    // with several search tests at once on two cores, every page of the run slows down. Pages that
    // run the engine get this long for each step, a failure still ends well before the test run does.
    private const float EngineTimeoutMs = 30_000;

    private readonly PageSession _session;

    // True once the page has answered the state in its URL: the script removes aria-busy and
    // renders the results in the same task, and it puts the state in the URL just before it
    // searches, so a URL that matches the box means the results on screen belong to it.
    private const string AnsweredScript = """
        () => {
          const panel = document.getElementById('zoekpaneel');
          const box = document.getElementById('zoekveld');
          if (!panel || panel.hidden || panel.hasAttribute('aria-busy')) return false;
          const inUrl = new URLSearchParams(location.search).get('q') || '';
          return inUrl === (box.value.trim() === '' ? '' : box.value);
        }
        """;

    public SearchPage(PageSession session)
    {
        _session = session;
        session.Page.SetDefaultTimeout(EngineTimeoutMs);
        session.Page.SetDefaultNavigationTimeout(EngineTimeoutMs);
    }

    public PageSession Session => _session;

    public IPage Page => _session.Page;

    public ILocator Box => Page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoek in de voorbeelden" });

    public ILocator Status => Page.Locator("#zoekstatus");

    public ILocator LiveRegion => Page.Locator("#zoekpaneel [aria-live=polite]");

    public ILocator SearchedFor => Page.Locator("#gezocht-naar");

    public ILocator Results => Page.Locator("#zoekresultaten > li");

    public ILocator ResultLinks => Page.Locator("#zoekresultaten > li h3 a");

    public ILocator Filters => Page.GetByRole(AriaRole.Region, new() { Name = "Filters" });

    /// <summary>Opens /zoeken/ with a query string (such as "?q=pleegzorg") and waits until the engine has answered it.</summary>
    public static async Task<SearchPage> OpenAsync(PageSession session, string queryString = "")
    {
        var page = new SearchPage(session);
        await session.GotoAsync("/zoeken/" + queryString);
        await page.WaitUntilAnsweredAsync();
        return page;
    }

    public async Task WaitUntilAnsweredAsync() =>
        await Page.WaitForFunctionAsync(AnsweredScript);

    /// <summary>Types into the search box key by key, as a visitor does, and waits for the results of what was typed.</summary>
    public async Task TypeAsync(string text)
    {
        await Box.ClickAsync();
        await Box.PressSequentiallyAsync(text);
        await WaitUntilAnsweredAsync();
    }

    /// <summary>Ticks a filter checkbox (found by its label, without the count) and waits until the URL holds it.</summary>
    public async Task TickFilterAsync(string facet, string slug)
    {
        var checkbox = FilterBox(facet, slug);
        await checkbox.CheckAsync();
        await Page.WaitForFunctionAsync(
            "([facet, slug]) => new URLSearchParams(location.search).getAll(facet).includes(slug)", new[] { facet, slug });
    }

    public ILocator FilterBox(string facet, string slug) => Filters.Locator($"input[type=checkbox][name=\"{facet}\"][value=\"{slug}\"]");

    /// <summary>The site paths (without LinkRoot) the result titles link to, in the order shown.</summary>
    public async Task<IReadOnlyList<string>> ResultPathsAsync(string linkRoot = "") =>
        (await ResultLinks.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)"))
            .Select(path => path.StartsWith(linkRoot + "/", StringComparison.Ordinal) ? path[linkRoot.Length..] : path)
            .ToList();

    /// <summary>The ticked filters as "facet=slug", sorted.</summary>
    public async Task<IReadOnlyList<string>> TickedFiltersAsync() =>
        (await Filters.Locator("input[type=checkbox]:checked").EvaluateAllAsync<string[]>("boxes => boxes.map(b => `${b.name}=${b.value}`)"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
