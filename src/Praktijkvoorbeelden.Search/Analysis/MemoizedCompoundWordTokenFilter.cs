using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Lucene's <see cref="DictionaryCompoundWordTokenFilter"/>, remembering the parts it found per word.
/// Finding parts tries every substring against the word list, which made it the slowest step of
/// indexing; a collection repeats its words a lot, so each distinct word is split only once.
/// The memory lives as long as the analyser's reusable token stream (one per field and thread).
/// </summary>
internal sealed class MemoizedCompoundWordTokenFilter : DictionaryCompoundWordTokenFilter
{
    private const int MaxRemembered = 50_000;
    private readonly CharArrayDictionary<int[]> _parts;

    public MemoizedCompoundWordTokenFilter(TokenStream input, CharArraySet dictionary, int minWordSize, int minSubwordSize, int maxSubwordSize)
        : base(DutchSearchAnalyzer.Version, input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch: false)
    {
        _parts = new CharArrayDictionary<int[]>(DutchSearchAnalyzer.Version, 1024, ignoreCase: false);
    }

    protected override void Decompose()
    {
        var buffer = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        if (_parts.TryGetValue(buffer, 0, length, out var known))
        {
            for (var i = 0; i < known.Length; i += 2)
            {
                m_tokens.Enqueue(new CompoundToken(this, known[i], known[i + 1]));
            }

            return;
        }

        var before = m_tokens.Count;
        base.Decompose();
        if (_parts.Count < MaxRemembered)
        {
            var word = new string(buffer, 0, length);
            var found = m_tokens.Skip(before).SelectMany(token =>
            {
                var part = token.Text.ToString() ?? "";
                return new[] { word.IndexOf(part, StringComparison.Ordinal), part.Length };
            }).ToArray();
            _parts.Put(word, found, out _);
        }
    }
}
