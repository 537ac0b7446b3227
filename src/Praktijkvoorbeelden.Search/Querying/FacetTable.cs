using Lucene.Net.Index;
using Lucene.Net.Util;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The facet values of every document, read once from doc values when the engine opens, as small
/// integer arrays: filtering and counting thousands of matches is then a loop over arrays.
/// </summary>
internal sealed class FacetTable
{
    private readonly string[] _names;
    private readonly FacetValueLabel[][] _values;
    private readonly int[][][] _docValues;

    private FacetTable(string[] names, FacetValueLabel[][] values, int[][][] docValues)
    {
        _names = names;
        _values = values;
        _docValues = docValues;
    }

    public int Count => _names.Length;

    public string Name(int facet) => _names[facet];

    public int IndexOf(string name) => Array.IndexOf(_names, name);

    public IReadOnlyList<FacetValueLabel> Values(int facet) => _values[facet];

    /// <summary>Value numbers (into <see cref="Values"/>) of one document.</summary>
    public int[] Of(int facet, int doc) => _docValues[facet][doc];

    public IReadOnlyList<string> Labels(string name, int doc)
    {
        var facet = IndexOf(name);
        return facet < 0 ? [] : Of(facet, doc).Select(v => _values[facet][v].Label).ToList();
    }

    public static FacetTable Load(IndexReader reader, VocabularyFile vocabulary)
    {
        var names = SearchFacets.All.ToArray();
        var values = new FacetValueLabel[names.Length][];
        var docValues = new int[names.Length][][];
        for (var f = 0; f < names.Length; f++)
        {
            var known = vocabulary.Facets.GetValueOrDefault(names[f]) ?? [];
            var list = new List<FacetValueLabel>(known);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                numbers.TryAdd(list[i].Value, i);
            }

            docValues[f] = ReadDocValues(reader, IndexSchema.FacetField(names[f]), value =>
            {
                if (!numbers.TryGetValue(value, out var number))
                {
                    number = list.Count;
                    numbers[value] = number;
                    list.Add(new FacetValueLabel(value, value));
                }

                return number;
            });
            values[f] = [.. list];
        }

        return new FacetTable(names, values, docValues);
    }

    private static int[][] ReadDocValues(IndexReader reader, string field, Func<string, int> number)
    {
        var result = new int[reader.MaxDoc][];
        Array.Fill(result, []);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var docValues = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (docValues is null)
            {
                continue;
            }

            var ordinals = new int[docValues.ValueCount];
            for (var ord = 0; ord < ordinals.Length; ord++)
            {
                docValues.LookupOrd(ord, scratch);
                ordinals[ord] = number(scratch.Utf8ToString());
            }

            var values = new List<int>();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                docValues.SetDocument(doc);
                values.Clear();
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    values.Add(ordinals[ord]);
                }

                values.Sort(); // display order, as the vocabulary lists them
                result[leaf.DocBase + doc] = [.. values];
            }
        }

        return result;
    }
}
