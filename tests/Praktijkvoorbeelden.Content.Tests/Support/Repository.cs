namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>
/// Finds the repository root from the test's output folder. The tests read input/ and the word
/// list from the working tree, so a content edit needs no rebuild of this project.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string TestProject => Path.Combine(Root, "tests", "Praktijkvoorbeelden.Content.Tests");

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
