using System.Net;
using System.Net.Sockets;
using System.Text;
using Praktijkvoorbeelden.Cli.Preview;

namespace Praktijkvoorbeelden.Tests.Support;

/// <summary>Class fixture: the built fixture site served by one preview server with the real netlify.toml.</summary>
public sealed class PreviewFixture : IAsyncLifetime
{
    private PreviewServer? _server;

    internal BuiltFixtureSite Site { get; } = new();

    internal NetlifyConfig Netlify { get; } = NetlifyConfig.Load(Repository.NetlifyToml);

    internal PreviewServer Server => _server ?? throw new InvalidOperationException("Not started");

    /// <summary>A client that shows redirects and compression as the server sends them.</summary>
    public HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Uri Origin => new(Server.BaseAddress.GetLeftPart(UriPartial.Authority));

    public async ValueTask InitializeAsync() =>
        _server = await StartAsync(liveReload: false, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Site.Dispose();
    }

    internal Task<PreviewServer> StartAsync(bool liveReload, CancellationToken cancellation) =>
        PreviewServer.StartAsync(new PreviewOptions(Site.Output, BuiltFixtureSite.LinkRoot, 0, Netlify, liveReload), cancellation);

    public Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Origin, path));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends the request target exactly as written, without the URL clean-up HttpClient does.</summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Origin.Host, Origin.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {Origin.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
