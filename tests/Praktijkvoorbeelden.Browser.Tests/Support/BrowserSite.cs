using Microsoft.Playwright;
using Praktijkvoorbeelden.Cli.Preview;

[assembly: AssemblyFixture(typeof(Praktijkvoorbeelden.Browser.Tests.Support.BrowserSite))]

namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>
/// Shared by every test of the run: the site built twice (at the root and under LinkRoot /pv),
/// each served by the preview server with the headers of netlify.toml (so pages run under the
/// real Content-Security-Policy), and one Chromium. Each test gets a fresh browser context.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SubPath = "/pv";

    // The flags the team brief asks for: no network chatter, no GPU, no sandbox in containers, and
    // shared memory in /tmp, because Docker-based CI runners give /dev/shm only 64 MB.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private BuiltSite? _rootSite;
    private BuiltSite? _subPathSite;
    private PreviewServer? _rootServer;
    private PreviewServer? _subPathServer;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _skipReason;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _skipReason = $"Chromium is not installed at {ChromiumPath}; install it with `apt-get install -y chromium`.";
            return;
        }

        var builds = await Task.WhenAll(Task.Run(() => BuiltSite.Build("")), Task.Run(() => BuiltSite.Build(SubPath)));
        (_rootSite, _subPathSite) = (builds[0], builds[1]);
        var netlify = NetlifyConfig.Load(RepositoryPaths.NetlifyToml);
        _rootServer = await PreviewServer.StartAsync(new PreviewOptions(_rootSite.Folder, "", 0, netlify, LiveReload: false), CancellationToken.None);
        _subPathServer = await PreviewServer.StartAsync(new PreviewOptions(_subPathSite.Folder, SubPath, 0, netlify, LiveReload: false), CancellationToken.None);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    /// <summary>The built site at the root, for finding example pages.</summary>
    internal BuiltSite Site => _rootSite ?? throw new InvalidOperationException("The site was not built.");

    /// <summary>Skips the test when Chromium is missing, except on CI (CI=true), where that is a failure.</summary>
    public void RequireBrowser()
    {
        if (_skipReason is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(_skipReason + " On CI the browser tests must run.");
        }

        Assert.Skip(_skipReason);
    }

    /// <summary>The site path of an example page of a <see cref="PageKinds"/> kind.</summary>
    public string PathOf(string kind) => PageKinds.PathOf(Site, kind);

    /// <summary>
    /// A fresh browser context and page, on the site at the root or under <see cref="SubPath"/>.
    /// Pages download the search engine when idle only with <paramref name="preloadSearch"/>: most
    /// tests are not about search, and a few megabytes per test would slow the whole run down.
    /// </summary>
    public async Task<PageSession> OpenAsync(bool underSubPath = false, int width = 1280, int height = 800, bool preloadSearch = false)
    {
        RequireBrowser();
        var server = (underSubPath ? _subPathServer : _rootServer)!;
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Pages are local and small: a step that takes this long is a failure, not a slow network.
        context.SetDefaultTimeout(10_000);
        return await PageSession.StartAsync(context, server.BaseAddress, preloadSearch);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var server in new[] { _rootServer, _subPathServer })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        _rootSite?.Dispose();
        _subPathSite?.Dispose();
    }
}
