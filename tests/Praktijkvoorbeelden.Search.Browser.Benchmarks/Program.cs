using System.Globalization;
using System.IO.Compression;
using Microsoft.Playwright;
using Praktijkvoorbeelden.Benchmarks;
using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Search.Browser.Benchmarks;
using Praktijkvoorbeelden.Site.Pipeline;

// Usage: dotnet run -c Release --project tests/Praktijkvoorbeelden.Search.Browser.Benchmarks -- [1000] [10000] [--profile]
//    or: ... -- --sizes <published _framework folder>...
// Prints the engine's file sizes, then per synthetic site: bytes on the wire for the first search,
// first keystroke -> results right after load, typed 3 s after load, a repeat visit with a warm
// cache, and warm query times; --profile adds where the warm queries spend their CPU time.
// Served from 127.0.0.1 without network throttling, so the times show
// the work in the browser, not the network.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// "--sizes DIR..." only prints the file sizes of published engines, to compare trimming variants.
if (args.FirstOrDefault() == "--sizes")
{
    foreach (var folder in args.Skip(1))
    {
        EngineSizes.Print(folder);
    }

    return 0;
}
var counts = args.Select(a => int.TryParse(a, out var n) ? n : 0).Where(n => n > 0).DefaultIfEmpty(1000).ToList();
if (args.Length == 0)
{
    counts = [1000, 10000];
}

var engine = Path.Combine(AppContext.BaseDirectory, "search-engine");
if (!Directory.Exists(Path.Combine(engine, "_framework")))
{
    Console.Error.WriteLine($"No published engine in {engine}: build the project (it publishes the engine through the CLI).");
    return 1;
}

EngineSizes.Print(Path.Combine(engine, "_framework"));

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

foreach (var count in counts)
{
    var root = SyntheticSite.Create(count);
    try
    {
        var output = Path.Combine(root, "output");
        var build = SiteBuilder.Build(new BuildOptions
        {
            RootDirectory = root,
            ThemeDirectory = Path.Combine(FindRepository(), "theme"),
            OutputDirectory = output,
            SearchEngineDirectory = engine,
        });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', build.Diagnostics.Take(10)));
        }

        Console.WriteLine($"\n== {count} voorbeelden");
        PrintIndexSize(output);
        // The preview server applies netlify.toml (CSP, caching) and compresses on the fly as Netlify does.
        var netlify = NetlifyConfig.Load(Path.Combine(FindRepository(), "netlify.toml"));
        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions(output, LinkRoot: "", Port: 0, netlify, LiveReload: false, CompressionLevel.Optimal), CancellationToken.None);
        await SearchScenarios.RunAsync(new SearchPageProbe(browser, server.BaseAddress), args.Contains("--profile"));

        // How far a host gets that stores its files compressed at the highest brotli level.
        await using var smallest = await PreviewServer.StartAsync(
            new PreviewOptions(output, LinkRoot: "", Port: 0, netlify, LiveReload: false, CompressionLevel.SmallestSize), CancellationToken.None);
        await SearchScenarios.FirstSearchBytesAsync(new SearchPageProbe(browser, smallest.BaseAddress), "with brotli 11");
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

return 0;

static void PrintIndexSize(string output)
{
    // The phrase index ("<hash>.zinnen-<name>") is fetched only when someone searches for a phrase.
    var all = Directory.EnumerateFiles(Path.Combine(output, "zoeken", "index")).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).ToList();
    var phrases = all.Where(f => Path.GetFileName(f).Contains(".zinnen-", StringComparison.Ordinal)).ToList();
    var (raw, brotli) = Sizes(all.Except(phrases));
    var (phraseRaw, phraseBrotli) = Sizes(phrases);
    var texts = Directory.EnumerateFiles(Path.Combine(output, "zoeken", "tekst")).ToList();
    Console.WriteLine($"  index: {all.Count - phrases.Count} files, {EngineSizes.Kb(raw)} raw, about {EngineSizes.Kb(brotli)} brotli; " +
        $"phrase index (only for a phrase): {phrases.Count} files, {EngineSizes.Kb(phraseRaw)} raw, about {EngineSizes.Kb(phraseBrotli)} brotli; " +
        $"{texts.Count} snippet texts, {EngineSizes.Kb(texts.Sum(t => new FileInfo(t).Length))} raw in all");
}

static (long Raw, long Brotli) Sizes(IEnumerable<string> paths)
{
    var files = paths.Select(File.ReadAllBytes).ToList();
    using var memory = new MemoryStream();
    using (var brotli = new BrotliStream(memory, CompressionLevel.Optimal, leaveOpen: true))
    {
        foreach (var file in files)
        {
            brotli.Write(file);
        }
    }

    return (files.Sum(f => (long)f.Length), memory.Length);
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Praktijkvoorbeelden.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
