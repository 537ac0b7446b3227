using Lucene.Net.Index;
using Lucene.Net.Util;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The words of the collection within one or two typing errors of a typed word (the spelling
/// field: folded, not stemmed, so a suggestion is a readable word such as "pleegouders", never a
/// stem). One walk over the term dictionary per word gives both the fuzzy retry's terms and the
/// correction shown to the visitor; the walk is the costly part of a typo, so its result is kept
/// for the next keystrokes.
/// </summary>
internal sealed class SpellingCorrector(IndexReader reader)
{
    /// <summary>
    /// The first letter is taken as typed, as in Lucene's own spelling checker: people rarely
    /// mistype it, and it cuts the walk to one letter's share of the dictionary.
    /// </summary>
    public const int ExactPrefix = 1;

    private const int MinLength = 4;

    /// <summary>As many terms as Lucene's FuzzyQuery expands to by default.</summary>
    private const int MaxCandidates = 50;

    private const int MaxRemembered = 64;

    private readonly Terms? _terms = MultiFields.GetTerms(reader, IndexSchema.Spelling);
    private readonly Dictionary<string, IReadOnlyList<SimilarWord>> _remembered = new(StringComparer.Ordinal);
    private readonly Lock _lock = new(); // an engine may be shared by threads at build and test time

    /// <summary>The word a person probably meant; only for words that occur nowhere in the collection.</summary>
    public string? Correct(string word) =>
        word.Length < MinLength || reader.DocFreq(new Term(IndexSchema.Spelling, word)) > 0 ? null : Similar(word) is [var best, ..] ? best.Word : null;

    /// <summary>Words of the collection close to <paramref name="word"/>, most similar (then most frequent) first.</summary>
    public IReadOnlyList<SimilarWord> Similar(string word)
    {
        if (_terms is null || word.Length < MinLength)
        {
            return [];
        }

        lock (_lock)
        {
            if (_remembered.TryGetValue(word, out var known))
            {
                return known;
            }
        }

        var similar = Walk(word);
        lock (_lock)
        {
            if (_remembered.Count >= MaxRemembered)
            {
                _remembered.Clear();
            }

            _remembered[word] = similar;
        }

        return similar;
    }

    /// <summary>
    /// Every word of the collection with the same first letter, compared letter by letter. Lucene's
    /// FuzzyTermsEnum builds a Levenshtein automaton per word first: fast natively, but in the
    /// browser (interpreted .NET) building it took some 50 ms per new word, far more than comparing
    /// the few thousand words that share a first letter. The similarity is FuzzyTermsEnum's:
    /// 1 - edits / the shorter word's length.
    /// </summary>
    private List<SimilarWord> Walk(string word)
    {
        var maxEdits = word.Length >= 7 ? 2 : 1;
        var prefix = new BytesRef(word[..ExactPrefix]);
        var terms = _terms!.GetEnumerator();
        var found = new List<SimilarWord>();
        if (terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            if (!StringHelper.StartsWith(terms.Term, prefix))
            {
                break;
            }

            var candidate = terms.Term.Utf8ToString();
            var edits = EditDistance.AtMost(word, candidate, maxEdits);
            if (edits <= maxEdits)
            {
                var similarity = edits == 0 ? 1f : 1f - ((float)edits / Math.Min(word.Length, candidate.Length));
                found.Add(new SimilarWord(candidate, similarity, terms.DocFreq));
            }
        }
        while (terms.MoveNext());

        return [.. found.OrderByDescending(w => w.Similarity).ThenByDescending(w => w.DocFreq).ThenBy(w => w.Word, StringComparer.Ordinal).Take(MaxCandidates)];
    }
}

/// <summary>A word of the collection, how close it is to the typed word (1 = the same) and in how many voorbeelden it occurs.</summary>
internal sealed record SimilarWord(string Word, float Similarity, int DocFreq);
