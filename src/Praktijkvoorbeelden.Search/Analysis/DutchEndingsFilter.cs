using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Two Dutch endings the Snowball stemmer does not handle, on folded lower-case tokens:
/// the possessive or plural "'s" (auto's, baby's, Anna's) is dropped always; the plural "-ies"
/// (organisaties, functies) becomes "-ie" when stemming, because Snowball keeps an -s after a vowel.
/// Four letters at least must stay before "ies", so "advies" keeps its s. Plain character checks
/// rather than regular expressions: this runs for every word of every document.
/// </summary>
internal sealed class DutchEndingsFilter : TokenFilter
{
    private const int MinStemBeforeIes = 4;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly bool _pluralIes;

    public DutchEndingsFilter(TokenStream input, bool pluralIes)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _pluralIes = pluralIes;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length > 2 && buffer[length - 1] == 's' && buffer[length - 2] == '\'')
        {
            _term.Length = length - 2;
        }
        else if (_pluralIes && !_keyword.IsKeyword && length >= MinStemBeforeIes + 3
            && buffer[length - 1] == 's' && buffer[length - 2] == 'e' && buffer[length - 3] == 'i')
        {
            _term.Length = length - 1;
        }

        return true;
    }
}
