using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// One build of the real input/ with the real theme into a temporary folder, so tests can check
/// what visitors will get, not only what the fixtures happen to contain.
/// </summary>
public sealed class RealSite : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "pv-real-site-" + Guid.NewGuid().ToString("N")[..10]);

    public RealSite()
    {
        var result = SiteBuilder.Build(new BuildOptions { RootDirectory = Repository.Root, OutputDirectory = _output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var parser = new HtmlParser();
        var all = Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => "/" + Path.GetRelativePath(_output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        // Not laid out by the theme: the web editor's start page, and the pages that refresh an old address to its new one.
        LaidOutPages = all.Where(p => p.Key != "/" + DecapAdminPage.RelativePath && p.Value.QuerySelector("meta[http-equiv=refresh]") is null)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Every page of the output that the theme's layouts made, by site path ("/over/index.html").</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> LaidOutPages { get; }

    public IHtmlDocument Page(string sitePath) => LaidOutPages[sitePath.EndsWith(".html", StringComparison.Ordinal) ? sitePath : sitePath + "index.html"];

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}

/// <summary>The tests that read the real site share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class RealSites : ICollectionFixture<RealSite>
{
    public const string Name = "Echte site";
}
