using System.Diagnostics;
using Praktijkvoorbeelden.Benchmarks;
using Praktijkvoorbeelden.Site.Pipeline;

// Usage: dotnet run -c Release --project tests/Praktijkvoorbeelden.Benchmarks -- [sizes...] [--runs N]
// Prints wall time per stage (median of N runs after one warm-up) and the process's peak memory.
var runsIndex = Array.IndexOf(args, "--runs");
var runs = runsIndex >= 0 && runsIndex + 1 < args.Length ? int.Parse(args[runsIndex + 1]) : 3;
var sizes = args.Where((a, i) => i != runsIndex + 1 || runsIndex < 0).Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty(1000).ToList();
var themeDirectory = Path.Combine(FindRepository(), "theme");

foreach (var size in sizes)
{
    var root = SyntheticSite.Create(size);
    try
    {
        var cold = Build(root, themeDirectory); // warm-up: JIT and file cache, as in a real second build
        var results = Enumerable.Range(0, runs).Select(_ => Build(root, themeDirectory)).ToList();
        Console.WriteLine($"\n{size} voorbeelden ({results[0].PageCount} pages), median of {runs} runs:");
        foreach (var stage in results[0].Stages.Select(s => s.Stage))
        {
            var median = Median(results.Select(r => r.Stages.First(s => s.Stage == stage).Elapsed.TotalMilliseconds));
            Console.WriteLine($"  {stage,-14} {median,8:0} ms");
        }

        Console.WriteLine($"  {"total",-14} {Median(results.Select(r => r.Stages.Sum(s => s.Elapsed.TotalMilliseconds))),8:0} ms");
        Console.WriteLine($"  {"without index",-14} {Median(results.Select(r => r.Stages.Where(s => s.Stage != "zoekindex").Sum(s => s.Elapsed.TotalMilliseconds))),8:0} ms");
        Console.WriteLine($"  first build in this process (JIT included): {cold.Stages.Sum(s => s.Elapsed.TotalMilliseconds):0} ms");
        Console.WriteLine($"  peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static BuildResult Build(string root, string theme)
{
    var result = SiteBuilder.Build(new BuildOptions { RootDirectory = root, ThemeDirectory = theme, OutputDirectory = Path.Combine(root, "output") });
    if (!result.Succeeded)
    {
        throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(10)));
    }

    return result;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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
