using System.Text;
using Microsoft.AspNetCore.Http;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// Tells open pages to reload after a rebuild, over server-sent events. The page gets a small
/// script from the server itself, so the site's Content-Security-Policy (script-src 'self',
/// connect-src 'self') allows it without any exception.
/// </summary>
internal sealed class LiveReload
{
    public const string ScriptPath = "/__preview/reload.js";
    public const string EventsPath = "/__preview/events";

    private const string Script = """
        // Preview only: reload the page when the site has been rebuilt.
        new EventSource("/__preview/events").addEventListener("reload", () => location.reload());
        """;

    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every open page reloads.</summary>
    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Adds the reload script to an HTML page, just before &lt;/body&gt;.</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = $"<script src=\"{ScriptPath}\" defer></script>";
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    public async Task<bool> TryHandleAsync(HttpContext context)
    {
        switch (context.Request.Path.Value)
        {
            case ScriptPath:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(Script, context.RequestAborted);
                return true;
            case EventsPath:
                await StreamAsync(context);
                return true;
            default:
                return false;
        }
    }

    private async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(": verbonden\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await Volatile.Read(ref _next).Task.WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync("event: reload\ndata: 1\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
    }
}
