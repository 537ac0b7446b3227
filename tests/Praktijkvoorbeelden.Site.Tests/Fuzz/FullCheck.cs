using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// The whole <c>check</c>: <see cref="SiteBuilder.Build"/> with CheckOnly on a copy of the "goed"
/// fixture with one file replaced. Renders, lays out and writes every page, feed and redirect to a
/// temporary folder, so values that pass the parse stage reach every later stage.
/// </summary>
internal static class FullCheck
{
    public static (BuildResult Result, IReadOnlyDictionary<string, int> LineCounts) Run(string relativePath, byte[] bytes)
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Input, relativePath), bytes);
        var result = site.Build(checkOnly: true);
        var lineCounts = Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories).ToDictionary(
            f => "input/" + Path.GetRelativePath(site.Input, f).Replace('\\', '/'),
            f => FixtureCheck.LineCount(File.ReadAllBytes(f)),
            StringComparer.Ordinal);
        return (result, lineCounts);
    }

    /// <summary>
    /// A real build into the site's output folder, without the search index: its Lucene files hold
    /// a timestamp, so two builds of the same input would differ there.
    /// </summary>
    public static BuildResult BuildWithoutSearch(TestSite site) => SiteBuilder.Build(new BuildOptions
    {
        RootDirectory = site.Root,
        InputDirectory = site.Input,
        ThemeDirectory = TestSite.Theme,
        OutputDirectory = site.Output,
        OverrideSettings = s => s with { Host = "example.org", GenerateSearchIndex = false },
    });
}
