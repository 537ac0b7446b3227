using Microsoft.Playwright;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>
/// Drives the search page in Chromium and reads timings that the page records itself
/// (performance.now(), milliseconds since the navigation started): when the first input event
/// happened, when the engine was ready, when the first results were on screen.
/// </summary>
internal sealed class SearchPageProbe
{
    // Injected through DevTools, so the page's Content-Security-Policy does not apply to it.
    private const string TimingScript = """
        window.__pv = { input: null, ready: null, results: null };
        addEventListener('input', e => {
          if (e.target && e.target.id === 'zoekveld' && window.__pv.input === null) window.__pv.input = performance.now();
        }, true);
        new MutationObserver(() => {
          const t = performance.now();
          const panel = document.getElementById('zoekpaneel');
          if (window.__pv.ready === null && panel && !panel.hidden && !panel.hasAttribute('aria-busy')) window.__pv.ready = t;
          const status = document.getElementById('zoekstatus');
          if (window.__pv.results === null && document.querySelector('#zoekresultaten > li') && status && status.textContent.includes('gevonden')) window.__pv.results = t;
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        """;

    // Types a whole query at once: the input event searches and renders synchronously (the URL
    // follows later, once typing pauses), as for a visitor whose every keystroke shows results.
    private const string TimedInput = """
        q => {
          const input = document.getElementById('zoekveld');
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return performance.now() - start;
        }
        """;

    // Runs one search through the form's submit path (Enter), which also puts the search in the
    // URL and the history at once, then searches and renders synchronously.
    private const string TimedSubmit = """
        q => {
          const form = document.getElementById('zoekformulier');
          const input = document.getElementById('zoekveld');
          const start = performance.now();
          input.value = q;
          form.requestSubmit();
          return performance.now() - start;
        }
        """;

    private readonly IBrowser _browser;
    private readonly Uri _site;

    public SearchPageProbe(IBrowser browser, Uri site)
    {
        _browser = browser;
        _site = site;
    }

    public async Task<(IBrowserContext Context, IPage Page, TransferCounter Transfer)> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await context.AddInitScriptAsync(TimingScript);
        var transfer = new TransferCounter(context);
        return (context, await context.NewPageAsync(), transfer);
    }

    public Uri Url(string sitePath) => new(_site, sitePath.TrimStart('/'));

    public static async Task<Timings> TimingsAsync(IPage page) =>
        await page.EvaluateAsync<Timings>("""
            () => ({ Input: window.__pv.input, Ready: window.__pv.ready, Results: window.__pv.results,
                     Parsed: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null })
            """);

    /// <summary>Waits until results for the typed or linked query are on screen.</summary>
    public static async Task WaitForResultsAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.__pv && window.__pv.results !== null", null, new PageWaitForFunctionOptions { Timeout = 120_000 });

    /// <summary>One search as Enter runs it (history entry included); milliseconds until the results are in the page.</summary>
    public static async Task<double> TimedSearchAsync(IPage page, string query) =>
        await page.EvaluateAsync<double>(TimedSubmit, query);

    /// <summary>One search as typing runs it (the URL follows after a pause); milliseconds until the results are in the page.</summary>
    public static async Task<double> TimedTypingAsync(IPage page, string query) =>
        await page.EvaluateAsync<double>(TimedInput, query);

    /// <summary>Milliseconds since navigation start; settable properties because Playwright fills them by reflection.</summary>
    internal sealed class Timings
    {
        public double? Input { get; set; }
        public double? Ready { get; set; }
        public double? Results { get; set; }

        /// <summary>DOMContentLoaded: the page is parsed and its script has run, the earliest moment to type.</summary>
        public double? Parsed { get; set; }
    }
}
