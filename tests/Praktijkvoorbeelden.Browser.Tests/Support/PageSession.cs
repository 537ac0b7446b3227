using Microsoft.Playwright;

namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>
/// One browser context with one page on the served site. It records what a visitor would
/// not notice but must not happen: Content-Security-Policy violations, script errors,
/// requests to other hosts and failed requests for page resources.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    // Injected by Playwright through the DevTools protocol, so the page's own CSP does not block it.
    private const string ViolationListener =
        "document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`));";

    private readonly List<string> _problems = [];
    private readonly Lock _lock = new();

    private PageSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The home page of the served site, ending in "/" (for example http://127.0.0.1:4321/pv/).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Everything that went wrong so far, one line each.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    // The browser's "save data" setting: zoekvak.js then does not download the search engine when the page is idle.
    private const string SaveData = "Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } });";

    internal static async Task<PageSession> StartAsync(IBrowserContext context, Uri baseAddress, bool preloadSearch)
    {
        await context.AddInitScriptAsync(ViolationListener);
        if (!preloadSearch)
        {
            await context.AddInitScriptAsync(SaveData);
        }

        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, baseAddress);
        page.Console += (_, message) =>
        {
            // A failed load is reported by the Response handler with its URL; the 404 page itself is meant to be a 404.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                session.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => session.Add($"script error: {error}");
        context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal) && url.Authority != baseAddress.Authority)
            {
                session.Add($"request to another host: {request.Url}");
            }
        };
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                session.Add($"HTTP {response.Status} for {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // Leaving a page cancels what it was still loading (such as the search preload); that is not an error of the site.
            if (request.Failure != "net::ERR_ABORTED")
            {
                session.Add($"request failed: {request.Url} ({request.Failure})");
            }
        };
        return session;
    }

    public Uri UrlOf(string sitePath) => new(BaseAddress, sitePath.TrimStart('/'));

    /// <summary>Opens a site path (without LinkRoot) and waits until the page and its resources have loaded.</summary>
    public async Task<IResponse> GotoAsync(string sitePath)
    {
        var response = await Page.GotoAsync(UrlOf(sitePath).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException($"No response for {sitePath}");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Add(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }
}
