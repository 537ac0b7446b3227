using Lucene.Net.Index;
using Lucene.Net.Search;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Builds the Lucene query from what a person typed (no query parser: nothing typed is syntax).
/// Every word must match (in the title, summary or body); a "phrase" must match in order; with
/// as-you-type the last word also matches as a prefix; in the fuzzy retry a word may also match
/// words of the collection within one or two typing errors, or its spelling correction.
/// </summary>
internal sealed class QueryBuilder(QueryAnalysis analysis)
{
    private const float SynonymWeight = 0.8f;
    private const float PartsWeight = 0.5f;
    private const float FuzzyWeight = 0.5f;
    private const int MinPrefixLength = 2;
    private const int MinFuzzyLength = 4;

    /// <param name="terms">Looks the terms up in the index this query will search.</param>
    /// <param name="fuzzy">Only in the fuzzy retry: the words of the collection close to each typed word, and its correction.</param>
    public PlannedQuery Build(QueryText text, bool asYouType, TermLookup terms, SpellingCorrector? fuzzy = null)
    {
        var all = new BooleanQuery();
        var words = new List<QueryWord>();
        var bodyPhrase = false;
        for (var c = 0; c < text.Chunks.Count; c++)
        {
            var chunk = text.Chunks[c];
            if (chunk.IsPhrase)
            {
                var phrase = Phrase(chunk.Text, terms);
                bodyPhrase |= phrase is { InOrder: true };
                AddRequired(all, phrase?.Query);
                continue;
            }

            var tokens = analysis.SurfaceWords(chunk.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                var isPrefix = asYouType && text.EndsInWord && c == text.Chunks.Count - 1 && i == tokens.Count - 1;
                var word = tokens[i].Term;
                var alternatives = analysis.Alternatives(word);
                if (alternatives.Count > 0 && !isPrefix)
                {
                    words.Add(new QueryWord(word, chunk.Offset + tokens[i].Start, chunk.Offset + tokens[i].End));
                }

                AddRequired(all, Word(word, alternatives, isPrefix, terms, isPrefix ? null : fuzzy));
            }
        }

        return new PlannedQuery(all.Clauses.Count == 0 ? null : all, words, bodyPhrase);
    }

    private BooleanQuery? Word(string word, IReadOnlyList<string> alternatives, bool isPrefix, TermLookup terms, SpellingCorrector? fuzzy)
    {
        var query = new BooleanQuery();
        if (alternatives.Count > 0)
        {
            query.Add(Exact(word, alternatives, terms), Occur.SHOULD);
        }

        if (isPrefix && word.Length >= MinPrefixLength)
        {
            query.Add(PerField(IndexSchema.SearchedFields, field => new PrefixQuery(new Term(field, word))), Occur.SHOULD);
        }

        if (fuzzy is not null && alternatives.Count > 0 && word.Length >= MinFuzzyLength)
        {
            // On the surface words (folded, not stemmed): a typo is made in the word, not in its stem,
            // and one field needs one automaton where three stemmed fields would need three.
            // The corrector's words stand in for a FuzzyQuery, which would walk the dictionary again.
            var close = new BooleanQuery { Boost = FuzzyWeight };
            foreach (var similar in fuzzy.Similar(word))
            {
                if (terms.Query(IndexSchema.Spelling, similar.Word) is { } similarQuery)
                {
                    similarQuery.Boost = similar.Similarity;
                    close.Add(similarQuery, Occur.SHOULD);
                }
            }

            if (close.Clauses.Count > 0)
            {
                query.Add(close, Occur.SHOULD);
            }
        }

        if (fuzzy?.Correct(word) is { } correction && analysis.Alternatives(correction) is { Count: > 0 } corrected)
        {
            query.Add(Exact(correction, corrected, terms), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The word's stem or a synonym; or else all its compound parts together.</summary>
    private BooleanQuery Exact(string word, IReadOnlyList<string> alternatives, TermLookup terms)
    {
        var query = new BooleanQuery { { AnyTerm(alternatives, terms), Occur.SHOULD } };
        var parts = analysis.CompoundParts(word);
        if (parts.Count > 0)
        {
            var allParts = new BooleanQuery { Boost = PartsWeight };
            foreach (var part in parts)
            {
                var partAlternatives = analysis.Alternatives(part);
                if (partAlternatives.Count > 0)
                {
                    allParts.Add(AnyTerm(partAlternatives, terms), Occur.MUST);
                }
            }

            if (allParts.Clauses.Count > 0)
            {
                query.Add(allParts, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// Any of the terms (the first is the word's own stem, the rest synonyms) in any searched field;
    /// only the field and term pairs that occur (none: a query that matches nothing).
    /// </summary>
    private static BooleanQuery AnyTerm(IReadOnlyList<string> words, TermLookup terms)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in IndexSchema.SearchedFields)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (terms.Query(field, words[i]) is { } term)
                {
                    term.Boost = boost * (i == 0 ? 1f : SynonymWeight);
                    query.Add(term, Occur.SHOULD);
                }
            }
        }

        return query;
    }

    /// <returns>The query, and whether it needs the words in order (more than one word), so positions.</returns>
    private (BooleanQuery Query, bool InOrder)? Phrase(string text, TermLookup terms)
    {
        var positions = analysis.PhraseTokens(text).GroupBy(t => t.Position)
            .Select(g => (Position: g.Key, Terms: g.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray())).ToList();
        if (positions.Count == 0)
        {
            return null;
        }

        if (positions.Count == 1)
        {
            return (AnyTerm(positions[0].Terms, terms), false);
        }

        var first = positions[0].Position;
        return (PerField(IndexSchema.PositionalFields, field =>
        {
            var phrase = new MultiPhraseQuery();
            foreach (var (position, terms) in positions)
            {
                phrase.Add(terms.Select(t => new Term(field, t)).ToArray(), position - first);
            }

            return phrase;
        }), true);
    }

    private static BooleanQuery PerField(IReadOnlyList<(string Field, float Boost)> fields, Func<string, Query> make)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in fields)
        {
            var fieldQuery = make(field);
            fieldQuery.Boost = boost;
            query.Add(fieldQuery, Occur.SHOULD);
        }

        return query;
    }

    private static void AddRequired(BooleanQuery all, Query? clause)
    {
        if (clause is not null)
        {
            all.Add(clause, Occur.MUST);
        }
    }
}

/// <summary>
/// The query (null: no searchable words, so everything matches), the typed words a spelling
/// correction may replace, and whether a phrase of more than one word needs the body's positions.
/// </summary>
internal sealed record PlannedQuery(Query? Query, IReadOnlyList<QueryWord> Words, bool HasBodyPhrase);

/// <summary>A typed word (folded) and where it stands in the typed string.</summary>
internal sealed record QueryWord(string Word, int Start, int End);
