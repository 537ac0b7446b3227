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
    private char[] _word = new char[32];
    private int _wordLength;

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
                Remember();
                return true;
            }

            // A stacked token right after a word is one of its compound parts.
            if (!IsInflection())
            {
                return true;
            }
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _wordLength = 0;
    }

    private void Remember()
    {
        if (_word.Length < _term.Length)
        {
            _word = new char[_term.Length];
        }

        Array.Copy(_term.Buffer, _word, _term.Length);
        _wordLength = _term.Length;
    }

    /// <summary>The part is the start of the word, and what is left is no longer than an ending.</summary>
    private bool IsInflection() =>
        _term.Length <= _wordLength && _wordLength - _term.Length <= MaxEndingLength
        && _term.Buffer.AsSpan(0, _term.Length).SequenceEqual(_word.AsSpan(0, _term.Length));
}
