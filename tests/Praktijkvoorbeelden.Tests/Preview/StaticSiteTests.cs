using Praktijkvoorbeelden.Cli.Preview;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>How the preview maps addresses to files: content types as Netlify sends them, pretty URLs, never outside the folder.</summary>
public sealed class StaticSiteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pv-static-").FullName;

    public StaticSiteTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site", "over"));
        File.WriteAllText(Path.Combine(_root, "site", "index.html"), "home");
        File.WriteAllText(Path.Combine(_root, "site", "over", "index.html"), "over");
        File.WriteAllText(Path.Combine(_root, "geheim.txt"), "geheim");
    }

    private StaticSite Site => new(Path.Combine(_root, "site"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("dotnet.native.wasm", "application/wasm")]
    [InlineData("zoeken.js", "text/javascript; charset=utf-8")]
    [InlineData("site.css", "text/css; charset=utf-8")]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("voorbeelden.json", "application/json; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("_0.cfs", "application/octet-stream")]
    public void Content_types_let_the_browser_use_each_file(string file, string contentType) =>
        Assert.Equal(contentType, StaticSite.ContentTypeOf(file));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/over/", "over/index.html")]
    [InlineData("/over/index.html", "over/index.html")]
    public void Folders_serve_their_index_page(string sitePath, string file) =>
        Assert.Equal(Path.Combine(_root, "site", file), Site.FileFor(sitePath));

    [Theory]
    [InlineData("/../geheim.txt")]
    [InlineData("/..%2fgeheim.txt")]
    [InlineData("/over/../../geheim.txt")]
    [InlineData("/%2e%2e/geheim.txt")]
    public void Nothing_outside_the_folder_is_found(string sitePath) =>
        Assert.Null(Site.FileFor(sitePath));

    [Fact]
    public void Only_a_folder_with_an_index_page_needs_a_trailing_slash()
    {
        Assert.True(Site.NeedsTrailingSlash("/over"));
        Assert.False(Site.NeedsTrailingSlash("/over/"));
        Assert.False(Site.NeedsTrailingSlash("/bestaat-niet"));
    }
}
