using Microsoft.Playwright;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>Adds up the bytes on the wire (compressed response bodies) per kind of file.</summary>
internal sealed class TransferCounter
{
    public const string Engine = "engine";
    public const string Index = "index";
    public const string Texts = "snippet texts";
    public const string Script = "page scripts";
    public const string Page = "html, css, other";

    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly List<Task> _pending = [];
    private readonly Lock _lock = new();

    public TransferCounter(IBrowserContext context) =>
        context.RequestFinished += (_, request) =>
        {
            lock (_lock)
            {
                _pending.Add(Count(request));
            }
        };

    /// <summary>Bytes per kind since the last reset.</summary>
    public async Task<IReadOnlyDictionary<string, long>> TakeAsync()
    {
        Task[] pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        await Task.WhenAll(pending);
        lock (_lock)
        {
            var result = new Dictionary<string, long>(_bytes, StringComparer.Ordinal);
            _bytes.Clear();
            return result;
        }
    }

    private async Task Count(IRequest request)
    {
        var sizes = await request.SizesAsync();
        var kind = KindOf(new Uri(request.Url).AbsolutePath);
        lock (_lock)
        {
            // A response from the memory or disk cache reports no body size (or a negative one): nothing crossed the wire.
            _bytes[kind] = _bytes.GetValueOrDefault(kind) + Math.Max(0, sizes.ResponseBodySize);
        }
    }

    private static string KindOf(string path) =>
        path.Contains("/zoeken/engine/", StringComparison.Ordinal) ? Engine
        : path.Contains("/zoeken/index/", StringComparison.Ordinal) ? Index
        : path.Contains("/zoeken/tekst/", StringComparison.Ordinal) ? Texts
        : path.EndsWith(".js", StringComparison.Ordinal) ? Script
        : Page;
}
