using System.Net;
using System.Net.Sockets;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>
/// Serves a few files from memory on 127.0.0.1 with one Content-Security-Policy, so a real
/// browser can load them as it would from the host. Stops when disposed.
/// </summary>
internal sealed class LocalSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, (byte[] Body, string Type)> _files;
    private readonly string _policy;
    private readonly Task _loop;

    public LocalSite(IReadOnlyDictionary<string, (byte[] Body, string Type)> files, string policy)
    {
        _files = files;
        _policy = policy;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var path = context.Request.Url!.AbsolutePath;
            if (_files.TryGetValue(path.EndsWith('/') ? path + "index.html" : path, out var file))
            {
                response.ContentType = file.Type;
                response.Headers["Content-Security-Policy"] = _policy;
                await response.OutputStream.WriteAsync(file.Body);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
