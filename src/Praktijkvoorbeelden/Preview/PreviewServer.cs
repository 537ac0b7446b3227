using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// Serves a built site on the loopback interface as Netlify would: under LinkRoot, with the
/// headers and redirects of netlify.toml, <c>_headers</c> and <c>_redirects</c>, pretty URLs, 404.html, and
/// brotli/gzip compression on the fly. Used by <c>preview</c> and by the browser tests.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LiveReload _reload = new();
    private readonly PreviewOptions _options;
    private readonly StaticSite _site;
    private readonly string _linkRoot;

    private PreviewServer(PreviewOptions options)
    {
        _options = options;
        _site = new StaticSite(options.Folder);
        _linkRoot = options.LinkRoot.TrimEnd('/');
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            if (options.Port == 0)
            {
                k.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                k.ListenLocalhost(options.Port);
            }
        });
        builder.Services.AddResponseCompression(c =>
        {
            c.Providers.Add<BrotliCompressionProvider>();
            c.Providers.Add<GzipCompressionProvider>();
            c.MimeTypes = ["text/html", "text/css", "text/javascript", "application/json", "application/xml", "application/atom+xml", "text/plain", "image/svg+xml", "application/wasm", "application/octet-stream"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = options.Compression);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = options.Compression);
        _app = builder.Build();
        _app.UseResponseCompression();
        _app.Run(HandleAsync);
    }

    /// <summary>Where the site's home page is, for example http://127.0.0.1:41234/pv/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancellation)
    {
        var server = new PreviewServer(options);
        await server._app.StartAsync(cancellation);
        var address = server._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::1]", "localhost", StringComparison.Ordinal).TrimEnd('/') + server._linkRoot + "/");
        return server;
    }

    /// <summary>Open pages reload (after a successful rebuild).</summary>
    public void NotifyReload() => _reload.Notify();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (_options.LiveReload && await _reload.TryHandleAsync(context))
        {
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (!TryStripLinkRoot(path, out var sitePath))
        {
            await SendAsync(context, null, "/", StatusCodes.Status404NotFound);
            return;
        }

        var redirect = FindRedirect(sitePath);
        if (redirect is not null)
        {
            Redirect(context, redirect.To, redirect.Status, sitePath);
            return;
        }

        if (_site.NeedsTrailingSlash(sitePath))
        {
            Redirect(context, _linkRoot + sitePath + "/" + context.Request.QueryString, StatusCodes.Status301MovedPermanently, sitePath);
            return;
        }

        var file = _site.FileFor(sitePath);
        await SendAsync(context, file, sitePath, file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    /// <summary>
    /// The first redirect rule for a site path, matched as Netlify matches it. Under LinkRoot the site
    /// sits behind a proxy that strips LinkRoot, so Netlify, like the header rules here, only ever
    /// sees the path without it: "/pv/oud/" is matched as "/oud/", and a path outside LinkRoot never
    /// reaches Netlify at all. The rule's target is sent as it is written (it carries LinkRoot).
    /// Netlify reads _redirects before the rules of netlify.toml; a rule without "!" (force) only
    /// applies where no file exists.
    /// </summary>
    private RedirectRule? FindRedirect(string sitePath)
    {
        var rules = RedirectsFile.Load(_site.Folder).Concat(_options.Netlify?.Redirects ?? []);
        return rules.FirstOrDefault(r => PathPattern.Matches(r.From, sitePath) && (r.Force || _site.FileFor(sitePath) is null));
    }

    private bool TryStripLinkRoot(string path, out string sitePath)
    {
        sitePath = path;
        if (_linkRoot.Length == 0)
        {
            return true;
        }

        if (path == _linkRoot || path.StartsWith(_linkRoot + "/", StringComparison.Ordinal))
        {
            sitePath = path == _linkRoot ? "/" : path[_linkRoot.Length..];
            return true;
        }

        return false;
    }

    private void Redirect(HttpContext context, string to, int status, string sitePath)
    {
        ApplyHeaders(context, sitePath);
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
    }

    private async Task SendAsync(HttpContext context, string? file, string sitePath, int status)
    {
        file ??= _site.FileFor("/404.html");
        ApplyHeaders(context, sitePath);
        context.Response.StatusCode = status;
        if (file is null)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Niet gevonden.", context.RequestAborted);
            return;
        }

        var info = new FileInfo(file);
        var etag = $"\"{info.Length.ToString("x", CultureInfo.InvariantCulture)}-{info.LastWriteTimeUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)}\"";
        context.Response.ContentType = StaticSite.ContentTypeOf(file);
        context.Response.Headers.ETag = etag;
        if (status == StatusCodes.Status200OK && context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var isHtml = context.Response.ContentType.StartsWith("text/html", StringComparison.Ordinal);
        if (_options.LiveReload && isHtml)
        {
            var bytes = LiveReload.Inject(await File.ReadAllBytesAsync(file, context.RequestAborted));
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private void ApplyHeaders(HttpContext context, string sitePath)
    {
        var rules = HeadersFile.Load(_site.Folder).Concat(_options.Netlify?.Headers ?? []);
        foreach (var (name, value) in NetlifyConfig.HeadersFor(rules, sitePath))
        {
            context.Response.Headers[name] = value;
        }
    }
}
