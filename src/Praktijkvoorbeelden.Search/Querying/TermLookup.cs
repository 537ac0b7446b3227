using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Looks up the terms of one search in the index with one terms enumerator per field and segment,
/// and makes term queries that carry what was found. A plain <see cref="TermQuery"/> looks its term
/// up with a new enumerator of its own; a word searched in four fields with its synonyms and
/// compound parts makes a dozen of them per keystroke, and in the browser (interpreted .NET) that
/// allocation and those dictionary walks were most of a query's cost. A term no document has
/// gives no query at all. What a lookup finds is kept in <see cref="Known"/> for later searches:
/// while someone types, every keystroke searches the words before it again.
/// One instance per search: the enumerators are not shared between threads.
/// </summary>
internal sealed class TermLookup(IndexSearcher searcher, TermLookup.Known known)
{
    private readonly IndexReaderContext _top = searcher.TopReaderContext;
    private readonly Dictionary<(string Field, int Leaf), TermsEnum?> _enums = [];

    /// <summary>A query for <paramref name="text"/> in <paramref name="field"/>, or null when no document has that term.</summary>
    public TermQuery? Query(string field, string text)
    {
        var term = new Term(field, text);
        if (known.TryGet(field, text, out var context))
        {
            return context is null ? null : new TermQuery(term, context);
        }

        var found = Find(term);
        known.Add(field, text, found);
        return found is null ? null : new TermQuery(term, found);
    }

    private TermContext? Find(Term term)
    {
        var field = term.Field;
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

        return found;
    }

    /// <summary>
    /// The terms looked up so far in one index (the same searcher), with their statistics, or null
    /// for a term no document has. Shared by the searches of an engine; bounded, starts over when full.
    /// </summary>
    internal sealed class Known
    {
        private const int MaxTerms = 4096;
        private readonly Dictionary<(string Field, string Text), TermContext?> _terms = [];
        private readonly Lock _lock = new(); // an engine may be shared by threads at build and test time

        public bool TryGet(string field, string text, out TermContext? context)
        {
            lock (_lock)
            {
                return _terms.TryGetValue((field, text), out context);
            }
        }

        public void Add(string field, string text, TermContext? context)
        {
            lock (_lock)
            {
                if (_terms.Count >= MaxTerms)
                {
                    _terms.Clear();
                }

                _terms[(field, text)] = context;
            }
        }
    }
}
