using System.Text.Json;
using System.Text.Json.Serialization;
using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// vocabulary.json, stored next to the Lucene files: the facet values in display order with their
/// Dutch labels, and the word lists of the analysis, so the engine needs nothing but the index files.
/// </summary>
internal sealed record VocabularyFile(
    int Format,
    Dictionary<string, List<FacetValueLabel>> Facets,
    List<string> CompoundWords,
    List<List<string>> SynonymGroups,
    Dictionary<string, string> StemOverrides)
{
    public const string FileName = "vocabulary.json";
    public const int CurrentFormat = 1;

    public AnalysisResources Resources() =>
        new(CompoundWords, SynonymGroups.Select(g => (IReadOnlyList<string>)g).ToList(), StemOverrides);

    public static VocabularyFile Create(IReadOnlyDictionary<string, List<FacetValueLabel>> facets, AnalysisResources resources) =>
        new(CurrentFormat,
            facets.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
            [.. resources.CompoundWords],
            resources.SynonymGroups.Select(g => g.ToList()).ToList(),
            resources.StemOverrides.ToDictionary(StringComparer.Ordinal));

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, VocabularyJson.Default.VocabularyFile);

    public static VocabularyFile FromBytes(byte[] bytes)
    {
        var file = JsonSerializer.Deserialize(bytes, VocabularyJson.Default.VocabularyFile)
            ?? throw new InvalidDataException($"{FileName} is empty.");
        return file.Format == CurrentFormat
            ? file
            : throw new InvalidDataException($"{FileName} has format {file.Format}; this engine reads format {CurrentFormat}. Rebuild the site.");
    }
}

/// <summary>One facet value: the slug used in URLs and filters, and the label a visitor reads.</summary>
internal sealed record FacetValueLabel(string Value, string Label);

/// <summary>Source-generated JSON, so it also works trimmed in WebAssembly (no reflection-based serialisation).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VocabularyFile))]
internal sealed partial class VocabularyJson : JsonSerializerContext;
