using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Tests.Support;

/// <summary>
/// The good fixture site built with the real theme into a temporary folder, served under /pv,
/// with the web editor at /admin/.
/// The folder next to the output holds a file that no request may ever reach.
/// </summary>
internal sealed class BuiltFixtureSite : IDisposable
{
    public const string LinkRoot = "/pv";
    public const string SecretText = "GEHEIM-BUITEN-DE-SITE";
    public const string RepositoryName = "voorbeeld-org/praktijkvoorbeelden";

    public BuiltFixtureSite()
    {
        Root = Directory.CreateTempSubdirectory("pv-cli-test-").FullName;
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(Root, "input"));
        var result = SiteBuilder.Build(new BuildOptions
        {
            RootDirectory = Root,
            ThemeDirectory = Repository.Theme,
            OutputDirectory = Output,
            // With a repository, as on the live site: the build adds the web editor at /admin/.
            OverrideSettings = s => s with { LinkRoot = SettingsCatalog.NormaliseLinkRoot(LinkRoot), Host = "example.org", Repository = RepositoryName },
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllText(Path.Combine(Root, "geheim.txt"), SecretText);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public string PathOf(string relativePath) => Path.Combine(Output, relativePath);

    /// <summary>Every file of the built site as a site path without LinkRoot ("/over/index.html").</summary>
    public IReadOnlyList<string> SitePaths() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
