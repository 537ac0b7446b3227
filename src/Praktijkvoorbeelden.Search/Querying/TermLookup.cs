using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Looks up the terms of one search in the index with one terms enumerator per field and segment,
/// and makes term queries that carry what was found. A plain <see cref="TermQuery"/> looks its term
/// up with a new enumerator of its own; a word searched in four fields with its synonyms and
/// compound parts makes a dozen of them per keystroke, and in the browser (interpreted .NET) that
/// allocation and those dictionary walks were most of a query's cost. A term no document has
/// gives no query at all. One instance per search: the enumerators are not shared between threads.
/// </summary>
internal sealed class TermLookup(IndexSearcher searcher)
{
    private readonly IndexReaderContext _top = searcher.TopReaderContext;
    private readonly Dictionary<(string Field, int Leaf), TermsEnum?> _enums = [];

    /// <summary>A query for <paramref name="text"/> in <paramref name="field"/>, or null when no document has that term.</summary>
    public TermQuery? Query(string field, string text)
    {
        var term = new Term(field, text);
        TermContext? found = null;
        foreach (var leaf in _top.Leaves)
        {
            if (!_enums.TryGetValue((field, leaf.Ord), out var terms))
            {
                terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                _enums[(field, leaf.Ord)] = terms;
            }

            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                found ??= new TermContext(_top);
                found.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        return found is null ? null : new TermQuery(term, found);
    }
}
