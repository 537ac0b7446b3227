using Microsoft.Playwright;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>The measured visits to the search page, each printed as it finishes.</summary>
internal static class SearchScenarios
{
    private const string FirstQuery = "pleegouders";
    private const int RepeatVisits = 7;
    private const string PhraseQuery = "\"advies voor de gemeente\"";

    // Whole words, prefixes (as you type), typos, a phrase and several words of the synthetic texts.
    private static readonly string[] WarmQueries =
    [
        "jeugdhulp", "jeugdzorg", "pleegouders", "cliënten", "participatie", "wijkteam", "ondersteuning", "samenwerking",
        "doorzettingsmacht", "zorgaanbieder", "transformatie", "maatwerk", "vertrouwen", "huisarts", "cliëntenraad", "interviews",
        "jeu", "jeugd", "pleeg", "pleegou", "ondersteu", "samenw", "doorzet", "kwali", "regi", "netw",
        "pleegoudres", "jeugdhlp", "ondersteuninq", "\"de gemeente\"", "\"advies voor\"", "ouders school", "jongeren wijkteam advies",
        "kinderen", "client", "jeugdzorgcliënten", "regie kwaliteit", "gesprek ervaring", "panel", "beleid ",
    ];

    public static async Task RunAsync(SearchPageProbe probe, bool profile)
    {
        await FirstSearchAsync(probe);
        await LaterSearchesAsync(probe, profile);
    }

    /// <summary>Only the bytes of a first search, for a server that compresses harder (a host that pre-compresses its files).</summary>
    public static async Task FirstSearchBytesAsync(SearchPageProbe probe, string label)
    {
        var (_, bytes) = await NewVisitorSearchesAsync(probe);
        Console.WriteLine($"  first search served {label}: engine {EngineSizes.Kb(bytes.GetValueOrDefault(TransferCounter.Engine))}, " +
            $"index {EngineSizes.Kb(bytes.GetValueOrDefault(TransferCounter.Index))}, engine+index+script {EngineSizes.Kb(Budgeted(bytes))} (budget 2500 kB at 1,000)");
    }

    /// <summary>A new visitor opens the search page and types at once: the page's timings and the bytes per kind.</summary>
    private static async Task<(SearchPageProbe.Timings Timings, IReadOnlyDictionary<string, long> Bytes)> NewVisitorSearchesAsync(SearchPageProbe probe)
    {
        var (context, page, transfer) = await probe.NewPageAsync();
        await using var _ = context;
        // Types as soon as the page is parsed and its script runs (DOMContentLoaded): the earliest a
        // visitor can type, before the engine has even started to load.
        await page.GotoAsync(probe.Url("/zoeken/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.FillAsync("#zoekveld", FirstQuery);
        await SearchPageProbe.WaitForResultsAsync(page);
        var timings = await SearchPageProbe.TimingsAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (timings, await transfer.TakeAsync());
    }

    /// <summary>What the byte budget counts: engine, index and page scripts.</summary>
    private static long Budgeted(IReadOnlyDictionary<string, long> bytes) =>
        bytes.GetValueOrDefault(TransferCounter.Engine) + bytes.GetValueOrDefault(TransferCounter.Index) + bytes.GetValueOrDefault(TransferCounter.Script);

    /// <summary>A new visitor opens the search page and types at once.</summary>
    private static async Task FirstSearchAsync(SearchPageProbe probe)
    {
        var (timings, bytes) = await NewVisitorSearchesAsync(probe);

        Console.WriteLine($"  first search (new visitor, types '{FirstQuery}' as soon as the page is parsed):");
        // While the engine starts, the page's main thread is busy, so a keystroke waits before its
        // input event runs: the visitor's wait is from the moment they could type to the results.
        Console.WriteLine($"    page parsed -> results {timings.Results - timings.Parsed,7:0} ms   (typed at once; input event handled {timings.Input - timings.Parsed:0} ms after parsing, engine ready {timings.Ready:0} ms after navigation start)");
        var budget = Budgeted(bytes);
        foreach (var kind in new[] { TransferCounter.Engine, TransferCounter.Index, TransferCounter.Script, TransferCounter.Texts, TransferCounter.Page })
        {
            Console.WriteLine($"    {kind,-20} {EngineSizes.Kb(bytes.GetValueOrDefault(kind)),10}");
        }

        Console.WriteLine($"    {"engine+index+script",-20} {EngineSizes.Kb(budget),10}   (budget 2500 kB at 1,000)");
        Console.WriteLine($"    {"everything",-20} {EngineSizes.Kb(bytes.Values.Sum()),10}");
    }

    /// <summary>A visitor who waits three seconds, then a repeat visit and many searches with a warm engine.</summary>
    private static async Task LaterSearchesAsync(SearchPageProbe probe, bool profile)
    {
        var (context, page, transfer) = await probe.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(probe.Url("/zoeken/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(3000);
        await page.FillAsync("#zoekveld", FirstQuery);
        await SearchPageProbe.WaitForResultsAsync(page);
        var preloaded = await SearchPageProbe.TimingsAsync(page);
        Console.WriteLine($"  typed 3 s after load:  keystroke -> results {preloaded.Results - preloaded.Input,8:0} ms   (engine ready {preloaded.Ready,6:0} ms after navigation start)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await transfer.TakeAsync();

        // One visit says little on a shared machine: the median of several, with the range.
        var repeats = new List<double>();
        IReadOnlyDictionary<string, long> repeatBytes = new Dictionary<string, long>();
        for (var visit = 0; visit < RepeatVisits; visit++)
        {
            await page.GotoAsync(probe.Url("/zoeken/?q=jeugdzorg").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await SearchPageProbe.WaitForResultsAsync(page);
            repeats.Add((await SearchPageProbe.TimingsAsync(page)).Results ?? double.NaN);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var bytes = await transfer.TakeAsync();
            if (visit == 0)
            {
                repeatBytes = bytes;
            }
        }

        repeats.Sort();
        Console.WriteLine($"  repeat visit, warm cache (/zoeken/?q=jeugdzorg), {RepeatVisits} visits: results median {Percentile(repeats, 0.5),6:0} ms after navigation start " +
            $"(range {repeats[0]:0}–{repeats[^1]:0}); {EngineSizes.Kb(repeatBytes.Values.Sum())} transferred on the first of them");

        // The first phrase fetches the phrase index; warm queries are timed with it already open.
        var phraseStart = await page.EvaluateAsync<double>("() => performance.now()");
        await SearchPageProbe.TimedSearchAsync(page, PhraseQuery);
        await page.WaitForFunctionAsync("() => document.getElementById('zoekstatus').textContent.includes('gevonden')");
        var phraseMs = await page.EvaluateAsync<double>("() => performance.now()") - phraseStart;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var phraseBytes = await transfer.TakeAsync();
        Console.WriteLine($"  first phrase ({PhraseQuery}): results {phraseMs,8:0} ms after Enter, fetching the phrase index: {EngineSizes.Kb(phraseBytes.GetValueOrDefault(TransferCounter.Index))}");

        await SearchPageProbe.TimedSearchAsync(page, "warm");
        var typing = new List<double>();
        var enter = new List<double>();
        var firstRound = new List<double>();
        var laterRounds = new List<double>();
        var perQuery = WarmQueries.ToDictionary(q => q, _ => new List<double>(), StringComparer.Ordinal);
        async Task Rounds()
        {
            // Three rounds as typed (the budget's case: results follow each keystroke), one with Enter.
            for (var round = 0; round < 4; round++)
            {
                foreach (var query in WarmQueries)
                {
                    if (round == 3)
                    {
                        enter.Add(await SearchPageProbe.TimedSearchAsync(page, query));
                        continue;
                    }

                    var ms = await SearchPageProbe.TimedTypingAsync(page, query);
                    typing.Add(ms);
                    (round == 0 ? firstRound : laterRounds).Add(ms);
                    perQuery[query].Add(ms);
                }
            }
        }

        if (profile)
        {
            await CpuProfile.PrintAsync(page, Rounds);
        }
        else
        {
            await Rounds();
        }

        typing.Sort();
        enter.Sort();
        firstRound.Sort();
        laterRounds.Sort();
        Console.WriteLine($"  warm queries as typed ({typing.Count}, search + render): p50 {Percentile(typing, 0.50),6:0.0} ms   p95 {Percentile(typing, 0.95),6:0.0} ms   max {typing[^1],6:0.0} ms");
        Console.WriteLine($"    each query's first time: p50 {Percentile(firstRound, 0.50),6:0.0} ms   p95 {Percentile(firstRound, 0.95),6:0.0} ms; again: p50 {Percentile(laterRounds, 0.50),6:0.0} ms   p95 {Percentile(laterRounds, 0.95),6:0.0} ms");
        Console.WriteLine($"  warm queries with Enter ({enter.Count}, + URL and history): p50 {Percentile(enter, 0.50),6:0.0} ms   p95 {Percentile(enter, 0.95),6:0.0} ms   max {enter[^1],6:0.0} ms");
        // The slowest queries first: where the time goes.
        var slowest = perQuery.Select(q => (q.Key, Median: q.Value.Order().ElementAt(q.Value.Count / 2))).OrderByDescending(q => q.Median).Take(8);
        Console.WriteLine($"    slowest as typed (median ms): {string.Join(", ", slowest.Select(q => $"{q.Key.Trim()} {q.Median:0.0}"))}");
        var slowestFirst = perQuery.Select(q => (q.Key, First: q.Value[0])).OrderByDescending(q => q.First).Take(8);
        Console.WriteLine($"    slowest the first time (ms): {string.Join(", ", slowestFirst.Select(q => $"{q.Key.Trim()} {q.First:0.0}"))}");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
