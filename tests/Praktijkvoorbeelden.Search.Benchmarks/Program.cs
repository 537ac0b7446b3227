using System.Diagnostics;
using System.IO.Compression;
using Praktijkvoorbeelden.Search;
using Praktijkvoorbeelden.Search.Benchmarks;

// Speed and size goals (issue 4): build <= 1 s for 1,000 voorbeelden and <= 6 s for 10,000;
// warm query p95 <= 16 ms at 1,000 and <= 50 ms at 10,000. This prints the figures; it does not judge them.
var queries = new (string Query, bool AsYouType, string? Filter)[]
{
    ("pleegouders", false, null), ("kinderen", false, null), ("client", false, null), ("jeugdzorgcliënten", false, null),
    ("jeugdhulp gemeente", false, null), ("\"luisteren naar de jongeren\"", false, null), ("pleegoudres", false, null),
    ("ervaringsdeskundige", false, "thema"), ("wijkteam ouders", false, "doelgroep"), ("", false, "participatieniveau"),
    ("pleeg", true, null), ("cliëntenpar", true, null), ("gemeente jeu", true, null), ("escalatiemodel", false, null),
    ("vragenlijst school", false, null), ("transformatie regio samenwerking", false, null), ("onbestaandwoordxyz", false, null),
};

Console.WriteLine($"Search benchmark, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
// Optional arguments: the collection sizes to run (default 1000 10000).
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1_000, 10_000];
foreach (var size in sizes)
{
    var docs = SyntheticCollection.Generate(size);
    var vocabulary = SyntheticCollection.Vocabulary();
    _ = SearchIndexBuilder.Build(docs.Take(50).ToList(), vocabulary); // warm-up: JIT, analysers

    // CPU time next to wall time: on a shared machine the wall clock also counts other people's work.
    var builds = new List<double>();
    var buildsCpu = new List<double>();
    BuiltIndex? built = null;
    for (var run = 0; run < 3; run++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        built = SearchIndexBuilder.Build(docs, vocabulary);
        builds.Add(watch.Elapsed.TotalMilliseconds);
        buildsCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    // The main index is what the first search downloads; the phrase index follows only for a "phrase".
    var main = built!.IndexFiles.Where(f => !f.Key.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal)).ToDictionary();
    var phrases = built.IndexFiles.Where(f => f.Key.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal))
        .ToDictionary(f => f.Key[SearchEngine.PhraseFilePrefix.Length..], f => f.Value);
    var raw = main.Values.Sum(b => (long)b.Length);
    var brotli = main.Values.Sum(b => Brotli(b, CompressionLevel.Optimal));
    var brotliMax = main.Values.Sum(b => Brotli(b, CompressionLevel.SmallestSize));
    var texts = built.SnippetTexts.Values.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    var open = Stopwatch.StartNew();
    using var engine = SearchEngine.Open(built.IndexFiles);
    var openMs = open.Elapsed.TotalMilliseconds;

    var requests = queries.Select(q => new SearchRequest(q.Query, Filter(q.Filter), AsYouType: q.AsYouType)).ToList();
    foreach (var request in requests)
    {
        _ = engine.Search(request); // warm
    }

    var times = new List<double>();
    var cpuTimes = new List<double>();
    var perQuery = requests.Select(_ => new List<double>()).ToArray();
    // Allocation drives the browser's garbage collector (a single-threaded, stop-the-world one).
    var allocated = requests.Select(request =>
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = engine.Search(request);
        return (double)(GC.GetAllocatedBytesForCurrentThread() - before);
    }).ToList();
    for (var round = 0; round < 20; round++)
    {
        for (var q = 0; q < requests.Count; q++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            _ = engine.Search(requests[q]);
            times.Add(watch.Elapsed.TotalMilliseconds);
            perQuery[q].Add(watch.Elapsed.TotalMilliseconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }
    }

    var snippetTimes = new List<double>();
    foreach (var text in built.SnippetTexts.Values.Take(200))
    {
        var watch = Stopwatch.StartNew();
        _ = engine.Snippet(text, "pleegouders jeugdzorgcliënten");
        snippetTimes.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine();
    Console.WriteLine($"{size:N0} voorbeelden");
    Console.WriteLine($"  index build      median {Median(builds):F0} ms wall, {Median(buildsCpu):F0} ms CPU   (wall runs: {string.Join(", ", builds.Select(b => b.ToString("F0")))})");
    Console.WriteLine($"  index size       {raw:N0} bytes raw, {brotli:N0} brotli (optimal), {brotliMax:N0} brotli (smallest); {main.Count} files");
    Console.WriteLine($"  files            {string.Join(", ", main.Select(f => $"{f.Key} {f.Value.Length:N0}"))}");
    Console.WriteLine($"  inside the .cfs  {string.Join(", ", CompoundParts(main).Select(p => $"{p.Name} {p.Bytes:N0} ({p.Brotli:N0} br)"))}");
    Console.WriteLine($"  phrase index     {phrases.Values.Sum(b => (long)b.Length):N0} bytes raw, {phrases.Values.Sum(b => Brotli(b, CompressionLevel.Optimal)):N0} brotli (optimal); fetched only for a phrase");
    Console.WriteLine($"  inside its .cfs  {string.Join(", ", CompoundParts(phrases).Select(p => $"{p.Name} {p.Bytes:N0} ({p.Brotli:N0} br)"))}");
    Console.WriteLine($"  snippet texts    {texts:N0} bytes in {built.SnippetTexts.Count:N0} files (fetched per result, not part of the index)");
    Console.WriteLine($"  engine open      {openMs:F0} ms");
    Console.WriteLine($"  warm query       p50 {Percentile(times, 50):F2} ms, p95 {Percentile(times, 95):F2} ms, max {times.Max():F2} ms wall ({times.Count} queries)");
    Console.WriteLine($"                   p50 {Percentile(cpuTimes, 50):F2} ms, p95 {Percentile(cpuTimes, 95):F2} ms CPU (the process CPU clock ticks coarsely)");
    Console.WriteLine($"  allocated        median {Median(allocated) / 1024:F0} kB, max {allocated.Max() / 1024:F0} kB per query");
    Console.WriteLine($"  per query (median wall ms): {string.Join(", ", requests.Select((r, q) => $"{(r.Query.Length == 0 ? "(leeg)" : r.Query)}{(r.AsYouType ? "…" : "")} {Median(perQuery[q]):F1}"))}");
    Console.WriteLine($"  load average     {LoadAverage()}");
    Console.WriteLine($"  snippet          p50 {Percentile(snippetTimes, 50):F2} ms, p95 {Percentile(snippetTimes, 95):F2} ms");
}

static Dictionary<string, IReadOnlyList<string>> Filter(string? facet) => facet switch
{
    null => [],
    "thema" => new() { ["thema"] = ["pleegzorg", "clientenparticipatie"] },
    "doelgroep" => new() { ["doelgroep"] = ["ouders"], ["thema"] = ["wijkteams"] },
    _ => new() { ["participatieniveau"] = ["adviseren"] },
};

// What the compound file holds, by Lucene file type (.tim terms, .doc/.pos postings, .fdt stored
// fields, .dvd doc values, .nvd norms): where the download's bytes go.
static IEnumerable<(string Name, long Bytes, long Brotli)> CompoundParts(IReadOnlyDictionary<string, byte[]> files)
{
    using var directory = new Lucene.Net.Store.RAMDirectory();
    foreach (var (name, bytes) in files)
    {
        using var output = directory.CreateOutput(name, Lucene.Net.Store.IOContext.DEFAULT);
        output.WriteBytes(bytes, 0, bytes.Length);
    }

    var parts = new List<(string, long, long)>();
    foreach (var cfs in files.Keys.Where(n => n.EndsWith(".cfs", StringComparison.Ordinal)))
    {
        using var compound = new Lucene.Net.Store.CompoundFileDirectory(directory, cfs, Lucene.Net.Store.IOContext.READ_ONCE, false);
        foreach (var inner in compound.ListAll().Order(StringComparer.Ordinal))
        {
            using var input = compound.OpenInput(inner, Lucene.Net.Store.IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            parts.Add((inner, bytes.Length, Brotli(bytes, CompressionLevel.Optimal)));
        }
    }

    return parts;
}

static long Brotli(byte[] bytes, CompressionLevel level)
{
    using var output = new MemoryStream();
    using (var brotli = new BrotliStream(output, level, leaveOpen: true))
    {
        brotli.Write(bytes);
    }

    return output.Length;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}
