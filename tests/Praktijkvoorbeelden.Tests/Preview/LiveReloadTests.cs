using System.Net;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>`preview` reloads open pages after a rebuild, with a script the site's own CSP allows.</summary>
public sealed class LiveReloadTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    [Fact]
    public async Task Html_pages_get_the_reload_script_as_a_same_origin_file_before_the_body_ends()
    {
        await using var server = await fixture.StartAsync(liveReload: true, TestContext.Current.CancellationToken);
        using var client = new HttpClient();

        var html = await client.GetStringAsync(server.BaseAddress, TestContext.Current.CancellationToken);
        var script = await client.GetAsync(new Uri(server.BaseAddress, "/__preview/reload.js"), TestContext.Current.CancellationToken);

        var tag = "<script src=\"/__preview/reload.js\" defer></script>";
        Assert.Contains(tag, html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(tag, StringComparison.Ordinal) < html.LastIndexOf("</body>", StringComparison.Ordinal), "the script belongs inside the body");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.StartsWith("text/javascript", script.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_files_are_served_unchanged()
    {
        await using var server = await fixture.StartAsync(liveReload: true, TestContext.Current.CancellationToken);
        using var client = new HttpClient();

        var feed = await client.GetByteArrayAsync(new Uri(server.BaseAddress, "feed.xml"), TestContext.Current.CancellationToken);

        Assert.Equal(await File.ReadAllBytesAsync(fixture.Site.PathOf("feed.xml"), TestContext.Current.CancellationToken), feed);
    }

    [Fact]
    public async Task The_event_stream_tells_open_pages_to_reload_after_a_rebuild()
    {
        await using var server = await fixture.StartAsync(liveReload: true, TestContext.Current.CancellationToken);
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));

        using var response = await client.GetAsync(new Uri(server.BaseAddress, "/__preview/events"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.StartsWith(":", await reader.ReadLineAsync(timeout.Token)); // the stream is open before anything happens

        var reload = WaitForReloadAsync(reader, timeout.Token);
        while (!reload.IsCompleted)
        {
            // A rebuild finishes. (Repeated: a notice that races the server's first wait for one can be lost.)
            server.NotifyReload();
            await Task.WhenAny(reload, Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token));
        }

        var line = await reload;
        Assert.Equal("event: reload", line);
    }

    private static async Task<string?> WaitForReloadAsync(StreamReader reader, CancellationToken cancellation)
    {
        string? line;
        do
        {
            line = await reader.ReadLineAsync(cancellation);
        }
        while (line is not null && line != "event: reload");

        return line;
    }
}
