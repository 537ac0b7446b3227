using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Drops a compound "part" that is really the whole word minus an inflection ending, such as
/// "client" in "clienten" or "ouder" in "ouderen". The stemmer already relates inflections, and
/// such a part can be wrong: "ouderen" (elderly people) must not match "ouders". Real parts, such
/// as "client" in "jeugdzorgclienten", stay.
/// </summary>
internal sealed class InflectionPartFilter : TokenFilter
{
    private const int MaxEndingLength = 3;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string _word = "";

    public InflectionPartFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_position.PositionIncrement > 0)
            {
                _word = _term.ToString();
                return true;
            }

            // A stacked token right after a word is one of its compound parts.
            var part = _term.ToString();
            var isInflection = _word.StartsWith(part, StringComparison.Ordinal) && _word.Length - part.Length <= MaxEndingLength;
            if (!isInflection)
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _word = "";
    }
}
