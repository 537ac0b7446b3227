using System.Collections.Concurrent;
using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Praktijkvoorbeelden.Browser.Tests.Search;

/// <summary>
/// The engine (several megabytes of WebAssembly) loads lazily: a page that is only read does not
/// download it while it loads, focusing a search box starts the download, an idle page fetches it
/// after it has loaded, and the search page says it is loading until the engine answers.
/// </summary>
public sealed class SearchLoadingTests(BrowserSite site)
{
    private const string EngineRuntime = "/dotnet.native.wasm";

    [Fact]
    public async Task A_normal_page_fetches_no_engine_until_a_search_box_gets_focus()
    {
        // Save-data mode: the page must then not preload when idle, so only the focus can start the download.
        await using var session = await site.OpenAsync(preloadSearch: false);
        var engineRequests = RecordEngineRequests(session.Page);
        await session.GotoAsync(site.PathOf(PageKinds.Voorbeeld));
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(engineRequests);

        var runtime = session.Page.WaitForResponseAsync(response => response.Url.EndsWith(EngineRuntime, StringComparison.Ordinal));
        await session.Page.Locator("#zoekvak").FocusAsync();
        var response = await runtime;

        Assert.Equal(200, response.Status);
        Assert.Equal("application/wasm", await response.HeaderValueAsync("content-type"));
        Assert.Contains(engineRequests, url => url.EndsWith("/zoeken/index/manifest.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_idle_page_fetches_the_engine_only_after_it_has_loaded()
    {
        await using var session = await site.OpenAsync(preloadSearch: true);
        var events = new ConcurrentQueue<string>();
        session.Page.Load += (_, _) => events.Enqueue("load");
        session.Page.Request += (_, request) => events.Enqueue(request.Url);
        var runtime = session.Page.WaitForRequestAsync(request => request.Url.EndsWith(EngineRuntime, StringComparison.Ordinal));

        await session.GotoAsync(site.PathOf(PageKinds.Thema));
        await runtime;

        string[] seen = [.. events];
        var loaded = Array.IndexOf(seen, "load");
        var firstEngineFile = Array.FindIndex(seen, IsEngineFile);
        Assert.True(loaded >= 0 && firstEngineFile > loaded, $"The engine was requested before the page had loaded: {string.Join(", ", seen)}");
    }

    [Fact]
    public async Task The_search_page_says_it_is_loading_until_the_engine_answers()
    {
        await using var session = await site.OpenAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.Context.RouteAsync("**" + EngineRuntime, async route =>
        {
            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });

        var search = new SearchPage(session);
        await session.GotoAsync("/zoeken/?q=pleegzorg");
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await Expect(search.Status).ToHaveTextAsync("Het zoeken wordt geladen…");
        await Expect(search.LiveRegion).ToHaveTextAsync("Het zoeken wordt geladen…");
        await Expect(search.Page.Locator("#zoekpaneel")).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(search.Box).ToHaveValueAsync("pleegzorg");
        Assert.Equal(0, await search.Results.CountAsync());

        release.SetResult();
        await search.WaitUntilAnsweredAsync();

        await Expect(search.Status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ voorbeeld(en)? gevonden\.$"));
        Assert.True(await search.Results.CountAsync() > 0);
    }

    [Fact]
    public async Task After_the_idle_preload_the_search_page_takes_engine_and_index_from_the_browser_cache()
    {
        await using var session = await site.OpenAsync(preloadSearch: true);
        var page = session.Page;
        var preload = page.WaitForRequestAsync(request => request.Url.EndsWith("/zoeken/index/manifest.json", StringComparison.Ordinal));
        await session.GotoAsync(site.PathOf(PageKinds.Thema));
        await preload;
        // The preload is a chain (manifest, dotnet.js, then all files at once) without pauses: quiet means done.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Playwright does not say whether a response came from the cache; the DevTools protocol does.
        var responses = new ConcurrentQueue<(string Url, int Status, bool FromCache)>();
        var fromMemory = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var devTools = await session.Context.NewCDPSessionAsync(page);
        devTools.Event("Network.requestServedFromCache").OnEvent += (_, e) => fromMemory[e!.Value.GetProperty("requestId").GetString()!] = true;
        devTools.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var response = e!.Value.GetProperty("response");
            var cached = response.GetProperty("fromDiskCache").GetBoolean() || fromMemory.ContainsKey(e.Value.GetProperty("requestId").GetString()!);
            responses.Enqueue((response.GetProperty("url").GetString()!, response.GetProperty("status").GetInt32(), cached));
        };
        await devTools.SendAsync("Network.enable");

        var search = await SearchPage.OpenAsync(session, "?q=pleegouders");
        Assert.NotEmpty(await search.ResultPathsAsync());

        // The manifest has a fixed name and is checked every time; every other engine or index file has a content hash in its URL.
        var engineFiles = responses.Where(r => IsEngineFile(r.Url) && !r.Url.EndsWith("/manifest.json", StringComparison.Ordinal)).ToList();
        Assert.Contains(engineFiles, r => r.Url.EndsWith(EngineRuntime, StringComparison.Ordinal));
        var fetched = engineFiles.Where(r => !r.FromCache || r.Status != 200).Select(r => $"{r.Url} (HTTP {r.Status})").ToList();
        Assert.True(fetched.Count == 0, "Not taken from the cache:\n" + string.Join("\n", fetched));
    }

    [Fact]
    public async Task When_the_index_cannot_load_the_page_says_so_and_links_to_all_voorbeelden()
    {
        await using var session = await site.OpenAsync();
        await session.Context.RouteAsync("**/zoeken/index/*.vocabulary.bin", route => route.AbortAsync());
        var search = new SearchPage(session);

        await session.GotoAsync("/zoeken/?q=pleegzorg");

        await Expect(search.Status).ToContainTextAsync("Het zoeken werkt nu niet.", new() { Timeout = 30_000 });
        await Expect(search.LiveRegion).ToHaveTextAsync("Het zoeken werkt nu niet.");
        var link = search.Status.GetByRole(AriaRole.Link, new() { Name = "alle voorbeelden" });
        Assert.Equal("/voorbeelden/", new Uri(await link.EvaluateAsync<string>("a => a.href")).AbsolutePath);
        await Expect(search.Page.Locator("#zoekpaneel")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(search.Filters).ToBeHiddenAsync();
        // The failed download itself is expected; a script error on top of it is not.
        var others = session.Problems.Where(p => !p.StartsWith("request failed: ", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    private static ConcurrentQueue<string> RecordEngineRequests(IPage page)
    {
        var urls = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (IsEngineFile(request.Url))
            {
                urls.Enqueue(request.Url);
            }
        };
        return urls;
    }

    // The manifest, the index files, and the runtime with its assemblies (.wasm, dotnet*.js).
    private static bool IsEngineFile(string url) =>
        url.Contains("/zoeken/index/", StringComparison.Ordinal) || url.Contains("/zoeken/engine/", StringComparison.Ordinal) || url.EndsWith(".wasm", StringComparison.Ordinal);
}
