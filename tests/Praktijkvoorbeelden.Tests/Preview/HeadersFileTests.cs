using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>A _headers file in the built site is read as Netlify reads it, before the rules of netlify.toml.</summary>
public sealed class HeadersFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pv-headers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Paths_with_indented_headers_comments_and_a_repeated_header()
    {
        File.WriteAllText(Path.Combine(_folder, "_headers"), "# voor deploy previews\n/*\n  X-Robots-Tag: noindex\n\n/feed.xml\n  Cache-Control: public\n  Cache-Control: max-age=60\n  geen header\n");

        var rules = HeadersFile.Load(_folder);

        Assert.Equal(["/*", "/feed.xml"], rules.Select(r => r.For));
        Assert.Equal("noindex", rules[0].Values["x-robots-tag"]);
        Assert.Equal("public, max-age=60", rules[1].Values["Cache-Control"]);
        Assert.Single(rules[1].Values);
    }

    [Fact]
    public void A_site_without_the_file_has_no_rules() => Assert.Empty(HeadersFile.Load(_folder));

    [Fact]
    public void Netlify_toml_wins_over_the_file_for_the_same_header()
    {
        File.WriteAllText(Path.Combine(_folder, "_headers"), "/*\n  Content-Security-Policy: default-src *\n  X-Robots-Tag: noindex\n");
        var netlify = NetlifyConfig.Load(Repository.NetlifyToml);

        var headers = NetlifyConfig.HeadersFor(HeadersFile.Load(_folder).Concat(netlify.Headers), "/over/");

        Assert.Equal(netlify.HeadersFor("/over/")["Content-Security-Policy"], headers["Content-Security-Policy"]);
        Assert.Equal("noindex", headers["X-Robots-Tag"]);
    }
}
