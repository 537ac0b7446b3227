using System.IO.Compression;
using System.Net;
using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>
/// The preview server serves the built site as Netlify would: under LinkRoot, pretty URLs, 404.html,
/// the redirects and headers of netlify.toml and _redirects, compression, and nothing outside the site.
/// </summary>
public sealed class PreviewServerTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    private const string Root = BuiltFixtureSite.LinkRoot;

    [Theory]
    [InlineData("/pv/", "index.html")]
    [InlineData("/pv", "index.html")]
    [InlineData("/pv/over/", "over/index.html")]
    [InlineData("/pv/voorbeelden/eerste-voorbeeld/", "voorbeelden/eerste-voorbeeld/index.html")]
    [InlineData("/pv/feed.xml", "feed.xml")]
    public async Task Serves_the_built_files_under_the_link_root(string path, string file)
    {
        using var response = await fixture.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(fixture.Site.PathOf(file), TestContext.Current.CancellationToken), await Body(response));
    }

    [Fact]
    public void The_base_address_is_the_home_page_under_the_link_root()
    {
        Assert.Equal(Root + "/", fixture.Server.BaseAddress.AbsolutePath);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(fixture.Server.BaseAddress.Host)), "the preview must only listen on this machine");
    }

    [Theory]
    [InlineData("/pv/bestaat-niet/")]
    [InlineData("/pv/voorbeelden/bestaat-niet/")]
    [InlineData("/over/")] // outside the link root
    [InlineData("/")]
    public async Task Unknown_addresses_get_the_404_page_with_status_404(string path)
    {
        using var response = await fixture.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(fixture.Site.PathOf("404.html"), TestContext.Current.CancellationToken), await Body(response));
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pv/over", "/pv/over/")]
    [InlineData("/pv/voorbeelden/eerste-voorbeeld?q=1", "/pv/voorbeelden/eerste-voorbeeld/?q=1")]
    public async Task A_folder_without_its_slash_redirects_permanently_to_it(string path, string location)
    {
        using var response = await fixture.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_alias_redirects_with_301_although_its_refresh_page_exists()
    {
        var rules = (await File.ReadAllLinesAsync(fixture.Site.PathOf("_redirects"), TestContext.Current.CancellationToken))
            .Select(l => l.Split(' ')).Where(p => p.Length >= 2).ToList();
        Assert.NotEmpty(rules);

        foreach (var rule in rules)
        {
            Assert.True(File.Exists(fixture.Site.PathOf(rule[0].TrimStart('/') + "index.html")), $"no refresh page for {rule[0]}");
            using var response = await fixture.GetAsync(Root + rule[0]); // the visitor's address; the proxy strips LinkRoot

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(rule[1], response.Headers.Location?.OriginalString);
            Assert.StartsWith(Root + "/", rule[1], StringComparison.Ordinal); // back through the proxy to the page
        }
    }

    /// <summary>
    /// Redirects are matched on the path without LinkRoot, as Netlify behind the proxy sees it and as
    /// the header rules are matched; a path outside LinkRoot never reaches Netlify.
    /// </summary>
    [Theory]
    [InlineData("/pv", "/pv/oud/", 301, "/pv/nieuw/")]
    [InlineData("/pv", "/pv/oud", 301, "/pv/nieuw/")]
    [InlineData("/pv", "/oud/", 404, null)]
    [InlineData("/pv", "/pv/pv/oud/", 404, null)]
    [InlineData("", "/oud/", 301, "/nieuw/")]
    [InlineData("", "/pv/oud/", 404, null)]
    public async Task A_redirect_matches_the_path_without_the_link_root(string linkRoot, string path, int status, string? location)
    {
        var folder = Directory.CreateTempSubdirectory("pv-redirects-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "nieuw"));
            Directory.CreateDirectory(Path.Combine(folder, "oud"));
            await File.WriteAllTextAsync(Path.Combine(folder, "nieuw", "index.html"), "<!doctype html><title>Nieuw</title>", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "oud", "index.html"), "<!doctype html><title>Verhuisd</title>", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "_redirects"), $"/oud/ {linkRoot}/nieuw/ 301!\n", TestContext.Current.CancellationToken);
            await using var server = await PreviewServer.StartAsync(
                new PreviewOptions(folder, linkRoot, 0, fixture.Netlify, LiveReload: false), TestContext.Current.CancellationToken);

            using var response = await fixture.Client.GetAsync(new Uri(server.BaseAddress, path), TestContext.Current.CancellationToken);

            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal(location, response.Headers.Location?.OriginalString);
            Assert.True(response.Headers.Contains("Content-Security-Policy"), "a redirect carries the headers of netlify.toml too");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("/pv/")]
    [InlineData("/pv/over/")]
    [InlineData("/pv/bestaat-niet/")]
    [InlineData("/pv/over")]
    [InlineData("/pv/oud/eerste/")]
    [InlineData("/pv/feed.xml")]
    [InlineData("/pv/api/voorbeelden.json")]
    public async Task Every_response_carries_the_security_headers_of_netlify_toml(string path)
    {
        using var response = await fixture.GetAsync(path);

        foreach (var (name, value) in fixture.Netlify.Headers.Single(h => h.For == "/*").Values.Where(h => h.Key != "Cache-Control"))
        {
            Assert.True(response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values), $"{path} lacks {name}");
            Assert.Equal(value, Assert.Single(values));
        }
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_forever_and_nothing_else_is()
    {
        var stylesheet = fixture.Site.SitePaths().First(p => p.StartsWith("/assets/h/", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));

        using (var asset = await fixture.GetAsync(Root + stylesheet))
        {
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("text/css", asset.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/pv/", "/pv/over/", "/pv/feed.xml", "/pv/assets/img/favicon.svg", "/pv/bestaat-niet/", "/pv/sitemap.xml" })
        {
            using var response = await fixture.GetAsync(path);
            Assert.DoesNotContain("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_when_the_browser_asks_for_it()
    {
        using var response = await fixture.GetAsync("/pv/", acceptEncoding: "br");

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        await using var brotli = new BrotliStream(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await brotli.CopyToAsync(plain, TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllBytesAsync(fixture.Site.PathOf("index.html"), TestContext.Current.CancellationToken), plain.ToArray());
    }

    [Fact]
    public async Task Nothing_is_compressed_when_the_browser_does_not_ask()
    {
        using var response = await fixture.GetAsync("/pv/");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/pv/..%2fgeheim.txt")]
    [InlineData("/pv/..%2F..%2Fetc/passwd")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/pv/%2e%2e/geheim.txt")]
    [InlineData("/pv/../geheim.txt")]
    [InlineData("/pv/..%5cgeheim.txt")]
    [InlineData("/pv/over/..%2f..%2f..%2fgeheim.txt")]
    [InlineData("/pv/%252e%252e%252fgeheim.txt")]
    public async Task No_request_reaches_a_file_outside_the_site_folder(string target)
    {
        var (status, response) = await fixture.RawGetAsync(target);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain(BuiltFixtureSite.SecretText, response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_file_is_not_sent_twice()
    {
        using var first = await fixture.GetAsync("/pv/over/");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Origin, "/pv/over/"));
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await fixture.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Without_live_reload_no_preview_script_is_served_or_injected()
    {
        using var page = await fixture.GetAsync("/pv/");
        using var script = await fixture.GetAsync("/__preview/reload.js");

        Assert.DoesNotContain("__preview", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    private static async Task<byte[]> Body(HttpResponseMessage response) =>
        await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
}
