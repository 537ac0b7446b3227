namespace Praktijkvoorbeelden.Cli;

/// <summary>Finds the repository root (the folder with statiq.json) from the working directory upwards.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "statiq.json")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The published WebAssembly search engine, copied next to the tool by its build.</summary>
    public static string? SearchEngine()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "search-engine");
        return Directory.Exists(Path.Combine(path, "_framework")) ? path : null;
    }
}
