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

    // Runs one search through the form's submit path, which searches and renders synchronously.
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
        await page.EvaluateAsync<Timings>("() => ({ Input: window.__pv.input, Ready: window.__pv.ready, Results: window.__pv.results })");

    /// <summary>Waits until results for the typed or linked query are on screen.</summary>
    public static async Task WaitForResultsAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.__pv && window.__pv.results !== null", null, new PageWaitForFunctionOptions { Timeout = 120_000 });

    public static async Task<double> TimedSearchAsync(IPage page, string query) =>
        await page.EvaluateAsync<double>(TimedSubmit, query);

    /// <summary>Milliseconds since navigation start; settable properties because Playwright fills them by reflection.</summary>
    internal sealed class Timings
    {
        public double? Input { get; set; }
        public double? Ready { get; set; }
        public double? Results { get; set; }
    }
}
