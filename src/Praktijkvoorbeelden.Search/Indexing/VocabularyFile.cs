using Lucene.Net.Codecs;
using Lucene.Net.Store;
using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// vocabulary.bin, stored next to the Lucene files: the facet values in display order with their
/// Dutch labels, and the word lists of the analysis, so the engine needs nothing but the index
/// files. Written with Lucene's own data format (a checked header, then strings and counts), which
/// the engine carries anyway: a JSON serializer would add a tenth to the browser's download.
/// </summary>
internal sealed record VocabularyFile(
    Dictionary<string, List<FacetValueLabel>> Facets,
    List<string> CompoundWords,
    List<List<string>> SynonymGroups,
    Dictionary<string, string> StemOverrides)
{
    public const string FileName = "vocabulary.bin";
    private const string Codec = "PraktijkvoorbeeldenVocabulary";
    private const int CurrentFormat = 2;

    public AnalysisResources Resources() =>
        new(CompoundWords, SynonymGroups.Select(g => (IReadOnlyList<string>)g).ToList(), StemOverrides);

    public static VocabularyFile Create(IReadOnlyDictionary<string, List<FacetValueLabel>> facets, AnalysisResources resources) =>
        new(facets.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
            [.. resources.CompoundWords],
            resources.SynonymGroups.Select(g => g.ToList()).ToList(),
            resources.StemOverrides.ToDictionary(StringComparer.Ordinal));

    public byte[] ToBytes()
    {
        using var directory = new RAMDirectory();
        using (var output = directory.CreateOutput(FileName, IOContext.DEFAULT))
        {
            CodecUtil.WriteHeader(output, Codec, CurrentFormat);
            output.WriteVInt32(Facets.Count);
            foreach (var (facet, values) in Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                output.WriteString(facet);
                WriteList(output, values.SelectMany(v => new[] { v.Value, v.Label }).ToList());
            }

            WriteList(output, CompoundWords);
            output.WriteVInt32(SynonymGroups.Count);
            foreach (var group in SynonymGroups)
            {
                WriteList(output, group);
            }

            output.WriteStringStringMap(StemOverrides);
        }

        using var input = directory.OpenInput(FileName, IOContext.READ_ONCE);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }

    /// <exception cref="InvalidDataException">The bytes are not a vocabulary file of this format.</exception>
    public static VocabularyFile FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var input = new ByteArrayDataInput(bytes);
            CodecUtil.CheckHeader(input, Codec, CurrentFormat, CurrentFormat);
            var facets = new Dictionary<string, List<FacetValueLabel>>(StringComparer.Ordinal);
            for (var f = input.ReadVInt32(); f > 0; f--)
            {
                var name = input.ReadString();
                var pairs = ReadList(input);
                facets[name] = [.. pairs.Chunk(2).Select(p => new FacetValueLabel(p[0], p[1]))];
            }

            var compounds = ReadList(input);
            var groups = new List<List<string>>();
            for (var g = input.ReadVInt32(); g > 0; g--)
            {
                groups.Add(ReadList(input));
            }

            var overrides = input.ReadStringStringMap().ToDictionary(StringComparer.Ordinal);
            return new VocabularyFile(facets, compounds, groups, overrides);
        }
        catch (Exception e) when (e is IOException or ArgumentException or IndexOutOfRangeException) // a bad header, or a file cut short
        {
            throw new InvalidDataException($"{FileName} is not a vocabulary of this engine ({e.Message}). Rebuild the site.", e);
        }
    }

    private static void WriteList(DataOutput output, List<string> items)
    {
        output.WriteVInt32(items.Count);
        foreach (var item in items)
        {
            output.WriteString(item);
        }
    }

    private static List<string> ReadList(DataInput input)
    {
        var items = new List<string>();
        for (var i = input.ReadVInt32(); i > 0; i--)
        {
            items.Add(input.ReadString());
        }

        return items;
    }
}

/// <summary>One facet value: the slug used in URLs and filters, and the label a visitor reads.</summary>
internal sealed record FacetValueLabel(string Value, string Label);
