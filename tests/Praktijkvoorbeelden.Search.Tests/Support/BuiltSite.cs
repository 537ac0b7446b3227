using System.Text.Json;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Search.Tests.Support;

/// <summary>
/// The real site (input/ and theme/ of this repository) built once into a temporary folder, with a
/// stand-in for the published WebAssembly engine; the search index is then opened from the output
/// exactly as the browser does it: manifest first, then the files it lists.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "pv-search-" + Guid.NewGuid().ToString("N")[..10]);
        EngineSource = Path.Combine(Root, "engine");
        Directory.CreateDirectory(Path.Combine(EngineSource, "_framework"));
        File.WriteAllText(Path.Combine(EngineSource, "_framework", "dotnet.js"), "// stand-in engine");
        File.WriteAllText(Path.Combine(EngineSource, "_framework", "dotnet.js.br"), "compressed");
        Output = Path.Combine(Root, "output");
        Result = SiteBuilder.Build(new BuildOptions
        {
            RootDirectory = Repository.Root,
            OutputDirectory = Output,
            SearchEngineDirectory = EngineSource,
        });
        Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "zoeken", "index", "manifest.json"))).RootElement.Clone();
        Engine = SearchEngine.Open(IndexFiles());
    }

    public string Root { get; }
    public string Output { get; }
    public string EngineSource { get; }
    public BuildResult Result { get; }
    public JsonElement Manifest { get; }
    public SearchEngine Engine { get; }

    /// <summary>Resolves a manifest URL (relative to the manifest) to a file in the output.</summary>
    public string FileOf(string manifestUrl)
    {
        var url = new Uri(new Uri("https://example.org/zoeken/index/manifest.json"), manifestUrl);
        return Path.Combine(Output, url.AbsolutePath.TrimStart('/'));
    }

    public Dictionary<string, byte[]> IndexFiles() =>
        Manifest.GetProperty("index").EnumerateObject().ToDictionary(f => f.Name, f => File.ReadAllBytes(FileOf(f.Value.GetString()!)));

    public void Dispose()
    {
        Engine.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

[CollectionDefinition(nameof(BuiltSite))]
public sealed class BuiltSiteGroup : ICollectionFixture<BuiltSite>;

/// <summary>Finds the repository root from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

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
