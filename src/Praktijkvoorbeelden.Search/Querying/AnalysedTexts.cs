using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The words of a snippet text with the terms the index made of them, analysed once per text.
/// The analysis does not depend on the query, and while someone types the same results come
/// back keystroke after keystroke: in the browser engine (interpreted WebAssembly) analysing ten
/// texts again for every keystroke cost more than the search itself.
/// </summary>
internal sealed class AnalysedTexts(QueryAnalysis analysis)
{
    /// <summary>Enough for several pages of results; beyond it the cache starts over.</summary>
    private const int MaxTexts = 200;

    private readonly Dictionary<string, AnalysedWord[]> _texts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new(); // an engine may be shared by threads at build and test time

    public IReadOnlyList<AnalysedWord> Of(string text)
    {
        lock (_lock)
        {
            if (_texts.TryGetValue(text, out var cached))
            {
                return cached;
            }
        }

        AnalysedWord[] words = [.. TokenTexts.Tokens(analysis.Full, text).GroupBy(t => t.Position).Select(Word)];
        lock (_lock)
        {
            if (_texts.Count >= MaxTexts)
            {
                _texts.Clear();
            }

            _texts[text] = words;
        }

        return words;

        AnalysedWord Word(IGrouping<int, AnalysedToken> tokens)
        {
            var first = tokens.First();
            return new AnalysedWord(first.Start, first.End, Folding.Fold(text[first.Start..first.End]), [.. tokens.Select(t => t.Term)]);
        }
    }
}

/// <summary>One word of a text: where it stands, its folded surface form and its index terms (stem, parts, synonyms).</summary>
internal sealed record AnalysedWord(int Start, int End, string Folded, string[] Terms);
