using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>
/// Serves a built site from 127.0.0.1 the way Netlify would: compressed on the fly (brotli, else
/// gzip), content-hashed files cached forever, everything else revalidated, and the production
/// Content-Security-Policy.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private const string Policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static readonly string[] Immutable = ["/assets/h/", "/zoeken/engine/", "/zoeken/tekst/", "/zoeken/index/"];

    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's home, for example http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<SiteServer> StartAsync(string folder, CompressionLevel level)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/wasm", "image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = level);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = level);

        var app = builder.Build();
        app.UseResponseCompression();
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return next(context);
        });
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".js"] = "text/javascript";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = r => r.Context.Response.Headers.CacheControl = CacheControl(r.Context.Request.Path),
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SiteServer(app, new Uri(address + "/"));
    }

    private static string CacheControl(PathString path) =>
        Immutable.Any(p => path.StartsWithSegments(p.TrimEnd('/'), StringComparison.Ordinal)) && !path.Value!.EndsWith("/manifest.json", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=0, must-revalidate";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
