using System.Reflection;
using Lucene.Net.Analysis.Miscellaneous;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// The word lists behind the Dutch analysis: compound parts, synonym groups and stem overrides.
/// The build writes them into the index (vocabulary.bin), so the browser rebuilds exactly the
/// analyser that indexed the documents, whatever version of the lists the engine was compiled with.
/// </summary>
internal sealed record AnalysisResources(
    IReadOnlyList<string> CompoundWords,
    IReadOnlyList<IReadOnlyList<string>> SynonymGroups,
    IReadOnlyDictionary<string, string> StemOverrides)
{
    /// <summary>The reviewed lists from this folder, plus the collection's own words for the compound splitter.</summary>
    public static AnalysisResources Default(IEnumerable<string> collectionWords)
    {
        var compounds = Lines("compound-words.txt").Concat(collectionWords)
            .Select(Folding.Fold).Where(w => w.Length >= DutchSearchAnalyzer.MinSubwordSize)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var synonyms = Lines("synonyms.txt")
            .Select(line => (IReadOnlyList<string>)line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(Folding.Fold).ToList())
            .Where(group => group.Count > 1).ToList();
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("stem-overrides.txt"))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"stem-overrides.txt: expected 'word stem', got '{line}'");
            }

            overrides[Folding.Fold(parts[0])] = Folding.Fold(parts[1]);
        }

        return new AnalysisResources(compounds, synonyms, overrides);
    }

    internal StemmerOverrideFilter.StemmerOverrideMap BuildStemOverrideMap()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in StemOverrides)
        {
            builder.Add(word, stem);
        }

        return builder.Build();
    }

    /// <summary>Non-empty, non-comment lines of an embedded list.</summary>
    private static List<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Praktijkvoorbeelden.Search.Analysis.{name}")
            ?? throw new InvalidOperationException($"Embedded word list {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
