using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The words of a snippet text with the terms the index made of them, analysed once per text.
/// The analysis does not depend on the query, and while someone types the same results come
/// back keystroke after keystroke: in the browser engine (interpreted WebAssembly) analysing ten
/// texts again for every keystroke cost more than the search itself. Terms are kept as numbers,
/// so matching a text against a query compares integers instead of hashing strings.
/// </summary>
internal sealed class AnalysedTexts(QueryAnalysis analysis)
{
    /// <summary>
    /// Many pages of results (a text takes some 10 to 30 kB here); beyond it the cache starts over.
    /// Typing through forty queries shows up to four hundred texts, and a cache that starts over
    /// within that analyses every text again.
    /// </summary>
    private const int MaxTexts = 500;

    // Keyed by the string instance, not its characters: hashing and comparing a long text on every
    // call cost more in the browser than the lookup saved. The browser engine keeps one instance per
    // voorbeeld (EngineExports.AddText); another instance of the same text is analysed again, correctly.
    private readonly Dictionary<string, AnalysedText> _texts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new(); // an engine may be shared by threads at build and test time

    public AnalysedText Of(string text)
    {
        lock (_lock)
        {
            if (_texts.TryGetValue(text, out var cached))
            {
                return cached;
            }
        }

        var words = TokenTexts.Tokens(analysis.Full, text).GroupBy(t => t.Position).ToList();
        lock (_lock)
        {
            if (_texts.Count >= MaxTexts)
            {
                _texts.Clear();
                _termNumbers.Clear();
            }

            var analysed = AnalysedText.From([.. words.Select(Word)]);
            _texts[text] = analysed;
            return analysed;
        }

        (int, int, string, IEnumerable<int>) Word(IGrouping<int, AnalysedToken> tokens)
        {
            var first = tokens.First();
            return (first.Start, first.End, Folding.Fold(text[first.Start..first.End]), tokens.Select(t => Number(t.Term)).ToList());
        }
    }

    /// <summary>The numbers of those <paramref name="terms"/> that occur in a text analysed so far (others can match nothing).</summary>
    public int[] Numbers(IEnumerable<string> terms)
    {
        lock (_lock)
        {
            return [.. terms.Select(t => _termNumbers.TryGetValue(t, out var n) ? n : -1).Where(n => n >= 0).Distinct()];
        }
    }

    private int Number(string term)
    {
        if (!_termNumbers.TryGetValue(term, out var number))
        {
            number = _termNumbers.Count;
            _termNumbers[term] = number;
        }

        return number;
    }
}
