using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>One build of the site into a temporary folder, under a given LinkRoot.</summary>
internal sealed class BuiltSite : IDisposable
{
    private BuiltSite(string folder, string linkRoot)
    {
        Folder = folder;
        LinkRoot = linkRoot;
    }

    public string Folder { get; }

    public string LinkRoot { get; }

    public static BuiltSite Build(string linkRoot)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pv-browser-" + Guid.NewGuid().ToString("N")[..10]);
        var result = SiteBuilder.Build(new BuildOptions
        {
            RootDirectory = RepositoryPaths.Root,
            InputDirectory = RepositoryPaths.Input,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = folder,
            SearchEngineDirectory = Cli.RepositoryRoot.SearchEngine(),
            OverrideSettings = s => s with { LinkRoot = SettingsCatalog.NormaliseLinkRoot(linkRoot) },
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The site did not build from {RepositoryPaths.Input}:\n" + string.Join("\n", result.Diagnostics));
        }

        return new BuiltSite(folder, SettingsCatalog.NormaliseLinkRoot(linkRoot));
    }

    /// <summary>Site paths ("/voorbeelden/x/") of the pages in a folder of the output, in name order.</summary>
    public IReadOnlyList<string> PagesUnder(string siteFolder) =>
        Directory.Exists(Path.Combine(Folder, siteFolder.Trim('/')))
            ? Directory.EnumerateDirectories(Path.Combine(Folder, siteFolder.Trim('/')))
                .Where(d => File.Exists(Path.Combine(d, "index.html")))
                .Select(d => $"/{siteFolder.Trim('/')}/{Path.GetFileName(d)}/")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>The first page in a folder of the output whose main content contains a text, for tests that need a page with a certain feature.</summary>
    public string? FirstPageWithInMain(string siteFolder, string text) =>
        PagesUnder(siteFolder).FirstOrDefault(p => MainOf(File.ReadAllText(Path.Combine(Folder, p.Trim('/'), "index.html"))).Contains(text, StringComparison.Ordinal));

    public bool HasFile(string sitePath) => File.Exists(Path.Combine(Folder, sitePath.TrimStart('/')));

    public bool HasPage(string sitePath) => File.Exists(Path.Combine(Folder, sitePath.Trim('/'), "index.html"));

    private static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : "";
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
