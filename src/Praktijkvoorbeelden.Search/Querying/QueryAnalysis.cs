using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The index's analysis chain, run step by step on what a person typed, so the query can say
/// precisely what should match: a word's own stem and its synonyms, or else all of its compound
/// parts together ("jeugdzorgcliënten" = jeugdzorg AND cliënten), never just any one part.
/// </summary>
internal sealed class QueryAnalysis : IDisposable
{
    private readonly DutchSearchAnalyzer _surface;
    private readonly DutchSearchAnalyzer _wholeWords;
    private readonly DutchSearchAnalyzer _parts;

    public QueryAnalysis(AnalysisResources resources)
    {
        _surface = new DutchSearchAnalyzer(resources, AnalysisSteps.None);
        _wholeWords = new DutchSearchAnalyzer(resources, AnalysisSteps.StopWords | AnalysisSteps.Stemming | AnalysisSteps.Synonyms);
        _parts = new DutchSearchAnalyzer(resources, AnalysisSteps.StopWords | AnalysisSteps.Compounds);
        Full = new DutchSearchAnalyzer(resources, AnalysisSteps.Indexed);
    }

    /// <summary>The chain exactly as the index ran it (no synonyms: those come from the query's side).</summary>
    public DutchSearchAnalyzer Full { get; }

    /// <summary>The words of a text, lower-cased and folded, with their offsets: the units a person thinks in.</summary>
    public IReadOnlyList<AnalysedToken> SurfaceWords(string text) => TokenTexts.Tokens(_surface, text);

    /// <summary>The stem of a word first, then its synonyms; empty for a stop word.</summary>
    public IReadOnlyList<string> Alternatives(string word) => TokenTexts.Of(_wholeWords, word);

    /// <summary>Stems and synonyms per position of a phrase; stop words leave a gap, as in the index.</summary>
    public IReadOnlyList<AnalysedToken> PhraseTokens(string text) => TokenTexts.Tokens(_wholeWords, text);

    /// <summary>The compound parts that together make up the word, or nothing when the word list does not cover it.</summary>
    public IReadOnlyList<string> CompoundParts(string word)
    {
        var candidates = TokenTexts.Tokens(_parts, word).Where(t => t.Stacked).Select(t => t.Term)
            .Distinct(StringComparer.Ordinal).ToList();
        return candidates.Count < 2 ? [] : CompoundCover.Find(word, candidates);
    }

    public void Dispose()
    {
        _surface.Dispose();
        _wholeWords.Dispose();
        _parts.Dispose();
        Full.Dispose();
    }
}
