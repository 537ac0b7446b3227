using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using SnowballDutchStemmer = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Snowball's Dutch stemmer (what Lucene's SnowballFilter runs), remembering the stem per word:
/// the same few thousand words come back in every document, and stemming was the second slowest
/// step of indexing. Words marked as keywords (the stem override list) are left alone.
/// </summary>
internal sealed class DutchStemFilter : TokenFilter
{
    private const int MaxRemembered = 50_000;
    private readonly SnowballDutchStemmer _stemmer = new();
    private readonly CharArrayDictionary<string> _stems = new(DutchSearchAnalyzer.Version, 1024, ignoreCase: false);
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public DutchStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (!_stems.TryGetValue(buffer, 0, length, out var stem))
        {
            _stemmer.SetCurrent(buffer, length);
            _stemmer.Stem();
            stem = new string(_stemmer.CurrentBuffer, 0, _stemmer.CurrentBufferLength);
            if (_stems.Count < MaxRemembered)
            {
                _stems.Put(new string(buffer, 0, length), stem, out _);
            }
        }

        _term.SetEmpty().Append(stem);
        return true;
    }
}
