namespace Praktijkvoorbeelden.Tests.Support;

/// <summary>The repository root, found from the test's output folder, for the real theme and netlify.toml.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Theme => Path.Combine(Root, "theme");

    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");

    /// <summary>The small good fixture site, copied next to the tests by the project file.</summary>
    public static string GoodFixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "goed");

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Find()
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
