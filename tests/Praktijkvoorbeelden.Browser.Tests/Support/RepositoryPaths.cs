namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>Where the repository, its theme and the content to test with are, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

    /// <summary>
    /// The real input/ when it holds voorbeelden (so the tests check what visitors will see),
    /// otherwise the small fixture site of the pipeline tests.
    /// </summary>
    public static string Input
    {
        get
        {
            var real = Path.Combine(Root, "input");
            var voorbeelden = Path.Combine(real, "voorbeelden");
            return Directory.Exists(voorbeelden) && Directory.EnumerateFiles(voorbeelden, "*.md").Any()
                ? real
                : Path.Combine(Root, "tests", "Praktijkvoorbeelden.Site.Tests", "Fixtures", "goed");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Praktijkvoorbeelden.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
