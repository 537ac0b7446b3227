using Lucene.Net.Index;
using Lucene.Net.Search;
using Praktijkvoorbeelden.Search.Indexing;
using Praktijkvoorbeelden.Search.Querying;
using Praktijkvoorbeelden.Search.Storage;

namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Query side, shared by the build's tests and the WebAssembly engine: the index lives in memory,
/// nothing touches a file system and nothing starts a thread. Open once, then search as often as
/// the visitor types.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    /// <summary>Below this many results the engine also tries what the person probably meant.</summary>
    public const int FewResults = 3;

    /// <summary>
    /// The names of the phrase index's files start with this (see <see cref="BuiltIndex.IndexFiles"/>):
    /// the body's word positions, which only a phrase needs and a browser fetches when it needs them.
    /// </summary>
    public const string PhraseFilePrefix = "zinnen/";

    private const int MaxQueryLength = 300;
    private const int MaxLimit = 100;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private IndexSearcher _searcher;
    private TermLookup.Known _knownTerms = new(); // belongs to _searcher: a new searcher, new statistics
    private Lucene.Net.Store.Directory? _phraseDirectory;
    private DirectoryReader? _phraseReader;
    private readonly QueryAnalysis _analysis;
    private readonly QueryBuilder _builder;
    private readonly FacetTable _facets;
    private readonly SpellingCorrector _corrector;
    private readonly SnippetMaker _snippets;
    private readonly IReadOnlyDictionary<string, string> _textUrls;
    private readonly HitCache _hits;
    private readonly BinaryDocValues _rows;

    private SearchEngine(Lucene.Net.Store.Directory directory, VocabularyFile vocabulary, IReadOnlyDictionary<string, string>? textUrls)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _analysis = new QueryAnalysis(vocabulary.Resources());
        _builder = new QueryBuilder(_analysis);
        _facets = FacetTable.Load(_reader, vocabulary);
        _corrector = new SpellingCorrector(_reader);
        _snippets = new SnippetMaker(_analysis);
        _textUrls = textUrls ?? new Dictionary<string, string>();
        _rows = MultiDocValues.GetBinaryValues(_reader, IndexSchema.Row) ?? DocValues.EMPTY_BINARY;
        _hits = new HitCache(_reader.MaxDoc, StoredHit);
    }

    /// <summary>Number of documents in the index.</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>
    /// The values of a counted facet (<see cref="SearchFacets.Counted"/>) with their Dutch labels,
    /// in display order: the order of <see cref="SearchResponse.FacetCounts"/>. Empty for another name.
    /// </summary>
    public IReadOnlyList<(string Value, string Label)> FacetValues(string facet) =>
        SearchFacets.Counted.Contains(facet) && _facets.IndexOf(facet) is var f and >= 0 ? [.. _facets.Values(f).Select(v => (v.Value, v.Label))] : [];

    /// <summary>Whether the phrase index is open, so a phrase also matches in the body (see <see cref="AddPhrases"/>).</summary>
    public bool HasPhrases => _phraseReader is not null;

    /// <summary>
    /// Opens an index from the files of <see cref="BuiltIndex.IndexFiles"/> (Lucene files plus
    /// vocabulary.bin, and the phrase index when its files are there too: a browser adds those
    /// later with <see cref="AddPhrases"/>). <paramref name="textUrls"/> (optional: doc id -> snippet
    /// text URL from the manifest) fills <see cref="SearchHit.TextUrl"/>. The engine reads the arrays
    /// in place, without a copy: they must not change afterwards.
    /// </summary>
    public static SearchEngine Open(IReadOnlyDictionary<string, byte[]> indexFiles, IReadOnlyDictionary<string, string>? textUrls = null)
    {
        ArgumentNullException.ThrowIfNull(indexFiles);
        if (!indexFiles.TryGetValue(VocabularyFile.FileName, out var vocabularyBytes))
        {
            throw new InvalidDataException($"The index files lack {VocabularyFile.FileName}.");
        }

        var main = indexFiles.Where(f => f.Key != VocabularyFile.FileName && !IsPhraseFile(f.Key));
        var engine = new SearchEngine(InMemory(main, ""), VocabularyFile.FromBytes(vocabularyBytes), textUrls);
        if (indexFiles.Keys.Any(IsPhraseFile))
        {
            engine.AddPhrases(indexFiles);
        }

        return engine;
    }

    /// <summary>
    /// Opens the phrase index next to the main index: from then on a phrase also matches in the body.
    /// Takes the files whose names start with <see cref="PhraseFilePrefix"/> and ignores the others.
    /// </summary>
    /// <exception cref="InvalidDataException">The phrase index does not belong to this index.</exception>
    public void AddPhrases(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var directory = InMemory(files.Where(f => IsPhraseFile(f.Key)), PhraseFilePrefix);
        DirectoryReader reader;
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (IOException e)
        {
            directory.Dispose();
            throw new InvalidDataException($"The phrase index cannot be read: {e.Message}", e);
        }

        if (reader.MaxDoc != _reader.MaxDoc || reader.Leaves.Count != _reader.Leaves.Count || _reader.Leaves.Count > 1)
        {
            reader.Dispose();
            directory.Dispose();
            throw new InvalidDataException($"The phrase index has {reader.MaxDoc} documents, the index {_reader.MaxDoc}: they were not built together.");
        }

        _phraseReader?.Dispose();
        _phraseDirectory?.Dispose();
        _phraseReader = reader;
        _phraseDirectory = directory;
        if (_reader.Leaves.Count == 1)
        {
            // Document n of one index is document n of the other (the build writes them in step), so
            // Lucene reads the two side by side as one index with all fields.
            _searcher = new IndexSearcher(new ParallelAtomicReader(false, _reader.Leaves[0].AtomicReader, reader.Leaves[0].AtomicReader));
            _knownTerms = new TermLookup.Known();
        }
    }

    private static bool IsPhraseFile(string name) => name.StartsWith(PhraseFilePrefix, StringComparison.Ordinal);

    /// <summary>The files as a directory, under their names without <paramref name="prefix"/>.</summary>
    private static ByteArrayDirectory InMemory(IEnumerable<KeyValuePair<string, byte[]>> files, string prefix) =>
        new(files.ToDictionary(f => f.Key[prefix.Length..], f => f.Value, StringComparer.Ordinal));

    /// <summary>Any string is accepted; never throws for what a person types.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var typed = request.Query ?? "";
        typed = typed.Length > MaxQueryLength ? typed[..MaxQueryLength] : typed;
        var text = QueryText.Parse(typed);
        var filter = new FacetFilter(_facets, request.Filters);
        var plan = _builder.Build(text, request.AsYouType, new TermLookup(_searcher, _knownTerms));
        var result = Run(plan.Query, filter);
        string? searchedFor = null;
        if (result.Docs.Count < FewResults && plan.Words.Count > 0)
        {
            var corrections = Corrections(plan.Words);
            var retry = Run(_builder.Build(text, request.AsYouType, new TermLookup(_searcher, _knownTerms), _corrector).Query, filter);
            if (retry.Docs.Count > result.Docs.Count)
            {
                result = retry;
                searchedFor = Rewrite(typed, plan.Words, corrections);
            }
        }

        return Respond(result, filter, request, searchedFor) with { NeedsPhrases = plan.HasBodyPhrase && !HasPhrases };
    }

    /// <summary>
    /// An HTML-escaped piece of <paramref name="text"/> of at most about <paramref name="maxChars"/>
    /// characters around the best match, matched words wrapped in <c>&lt;mark&gt;</c>, using the same
    /// analysis as the search. Pass <see cref="SearchResponse.SearchedFor"/> when it is set.
    /// </summary>
    public string Snippet(string text, string query, int maxChars = 220, bool asYouType = false) =>
        _snippets.Make(text ?? "", query ?? "", maxChars, asYouType);

    /// <summary>
    /// Analyses a snippet text ahead of its first <see cref="Snippet"/>, when there is time: the
    /// browser calls this when a text arrives, because by then the visitor may have typed on and
    /// the text's first snippet would otherwise be made during a keystroke. Pass the same string
    /// instance to <see cref="Snippet"/> later.
    /// </summary>
    public void PrepareSnippet(string text) => _snippets.Prepare(text ?? "");

    public void Dispose()
    {
        _analysis.Dispose();
        _phraseReader?.Dispose();
        _phraseDirectory?.Dispose();
        _reader.Dispose();
        _directory.Dispose();
    }

    private Dictionary<string, string> Corrections(IReadOnlyList<QueryWord> words)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (!corrections.ContainsKey(word.Word) && _corrector.Correct(word.Word) is { } correction)
            {
                corrections[word.Word] = correction;
            }
        }

        return corrections;
    }

    /// <summary>The typed text with each corrected word replaced, or null when nothing was corrected.</summary>
    private static string? Rewrite(string typed, IReadOnlyList<QueryWord> words, Dictionary<string, string> corrections)
    {
        var changed = words.Where(w => corrections.ContainsKey(w.Word)).OrderByDescending(w => w.Start).ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        foreach (var word in changed)
        {
            typed = string.Concat(typed.AsSpan(0, word.Start), corrections[word.Word], typed.AsSpan(word.End));
        }

        return typed;
    }

    private Matches Run(Query? query, FacetFilter filter)
    {
        // Only the facets a response shows are counted (see SearchFacets.Counted); the others only filter.
        var counts = new int[_facets.Count][];
        foreach (var name in SearchFacets.Counted)
        {
            var facet = _facets.IndexOf(name);
            counts[facet] = new int[_facets.Values(facet).Count];
        }

        if (query is null)
        {
            return new Matches(filter.Apply(Enumerable.Range(0, _reader.MaxDoc), counts), null, counts);
        }

        var collector = new MatchCollector(_reader.MaxDoc);
        _searcher.Search(query, collector);
        return new Matches(filter.Apply(collector.Docs, counts), collector.Scores, counts);
    }

    private SearchResponse Respond(Matches result, FacetFilter filter, SearchRequest request, string? searchedFor)
    {
        var docs = result.Docs;
        var offset = Math.Clamp(request.Offset, 0, docs.Count);
        var limit = Math.Clamp(request.Limit, 0, MaxLimit);
        var ranked = result.Scores is { } scores ? TopResults.Select(docs, scores, offset + limit) : docs;
        var hits = ranked.Skip(offset).Take(limit).Select(doc => Hit(doc, result.Scores?[doc] ?? 0f)).ToList();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var name in SearchFacets.Counted)
        {
            var facet = _facets.IndexOf(name);
            counts[name] = result.Counts[facet]!;
            if (request.FacetLists)
            {
                facets[name] = _facets.Values(facet)
                    .Select((value, v) => new FacetCount(value.Value, value.Label, result.Counts[facet]![v], filter.IsSelected(facet, v)))
                    .Where(c => c.Count > 0 || c.Selected).ToList();
            }
        }

        return new SearchResponse(docs.Count, hits, facets, searchedFor) { FacetCounts = counts };
    }

    private SearchHit Hit(int doc, float score) => _hits.Get(doc) with { Score = score };

    /// <summary>A result row without its score, read from its doc value.</summary>
    private SearchHit StoredHit(int doc)
    {
        var row = new Lucene.Net.Util.BytesRef();
        _rows.Get(doc, row);
        var (id, url, title, summary) = row.Length == 0 ? ("", "", "", "") : ResultRow.Read(row);
        return new SearchHit(id, url, title, summary,
            _facets.Labels(SearchFacets.Gemeente, doc), _facets.Labels(SearchFacets.Thema, doc), _textUrls.GetValueOrDefault(id) ?? "", 0f);
    }

    /// <param name="Counts">Per facet and value, the number of matches; null for a facet that is not counted.</param>
    private sealed record Matches(List<int> Docs, float[]? Scores, int[]?[] Counts);
}
