using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Suggests the word a person probably meant, from the words that really occur in the collection
/// (the spelling field: folded, not stemmed, so the suggestion is a readable word such as
/// "pleegouders", never a stem). Only words that occur nowhere are corrected.
/// </summary>
internal sealed class SpellingCorrector(IndexReader reader)
{
    private const int MinLength = 4;

    /// <summary>
    /// The first letter is taken as typed, as in Lucene's own spelling checker: people rarely
    /// mistype it, and it cuts the walk over the term dictionary to one letter's share, which the
    /// browser engine (interpreted WebAssembly) feels on every typo.
    /// </summary>
    public const int ExactPrefix = 1;
    private readonly Terms? _terms = MultiFields.GetTerms(reader, IndexSchema.Spelling);

    public string? Correct(string word)
    {
        if (_terms is null || word.Length < MinLength || reader.DocFreq(new Term(IndexSchema.Spelling, word)) > 0)
        {
            return null;
        }

        var maxEdits = word.Length >= 7 ? 2 : 1;
        var candidates = new FuzzyTermsEnum(_terms, new AttributeSource(), new Term(IndexSchema.Spelling, word), maxEdits, ExactPrefix, true);
        var similarity = candidates.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestScore = (Similarity: 0f, DocFreq: 0);
        while (candidates.MoveNext())
        {
            var score = (similarity.Boost, candidates.DocFreq);
            if (best is null || score.Boost > bestScore.Similarity || (score.Boost == bestScore.Similarity && score.DocFreq > bestScore.DocFreq))
            {
                best = candidates.Term.Utf8ToString();
                bestScore = score;
            }
        }

        return best;
    }
}
