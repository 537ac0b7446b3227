using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// Runs the per-word part of the chain (folding, stop words, compound splitting, stemming,
/// synonyms) once per distinct word and replays the remembered tokens after that. Every step after
/// the tokenizer looks at one word at a time, and a collection repeats its words all the time, so
/// indexing did the same expensive work (substring lookups of the compound splitter, Snowball,
/// state copies of the synonym filter) over and over. The replayed tokens are exactly what the
/// chain gives: same terms, position increments (a dropped stop word leaves its gap), offsets.
/// </summary>
internal sealed class MemoizedWordFilter : TokenFilter
{
    private readonly AnalysedWords _memory;
    private readonly SingleWordStream _word;
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;
    private readonly IPositionIncrementAttribute _chainPosition;
    private readonly IPositionLengthAttribute _chainPositionLength;
    private readonly IOffsetAttribute _chainOffset;
    private readonly ITypeAttribute _chainType;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IPositionLengthAttribute _positionLength;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;

    private WordToken[] _pending = [];
    private int _next;
    private int _wordStart;
    private int _wordEnd;
    private int _skippedPositions;

    /// <param name="wordChain">Builds the per-word steps on top of a source stream.</param>
    public MemoizedWordFilter(TokenStream input, AnalysedWords memory, Func<TokenStream, TokenStream> wordChain)
        : base(input)
    {
        _memory = memory;
        _word = new SingleWordStream();
        _chain = wordChain(_word);
        _chainTerm = _chain.AddAttribute<ICharTermAttribute>();
        _chainPosition = _chain.AddAttribute<IPositionIncrementAttribute>();
        _chainPositionLength = _chain.AddAttribute<IPositionLengthAttribute>();
        _chainOffset = _chain.AddAttribute<IOffsetAttribute>();
        _chainType = _chain.AddAttribute<ITypeAttribute>();

        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _positionLength = AddAttribute<IPositionLengthAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            Emit(_pending[_next++], extraPositions: 0);
            return true;
        }

        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_memory.TryGet(word, out var tokens))
            {
                tokens = Analyse(word);
                _memory.Remember(word, tokens);
            }

            if (tokens.Length == 0)
            {
                // A stop word: the next word keeps the gap, as Lucene's StopFilter leaves it.
                _skippedPositions += _position.PositionIncrement;
                continue;
            }

            _wordStart = _offset.StartOffset;
            _wordEnd = _offset.EndOffset;
            var extra = _position.PositionIncrement - 1 + _skippedPositions;
            _skippedPositions = 0;
            _pending = tokens;
            _next = 1;
            Emit(tokens[0], extra);
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _position.PositionIncrement += _skippedPositions;
        _skippedPositions = 0;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _skippedPositions = 0;
    }

    private void Emit(WordToken token, int extraPositions)
    {
        _term.SetEmpty().Append(token.Term);
        _position.PositionIncrement = token.PositionIncrement + extraPositions;
        _positionLength.PositionLength = token.PositionLength;
        _offset.SetOffset(_wordStart + token.StartOffset, _wordEnd - token.EndOffsetFromEnd);
        _type.Type = token.Type;
    }

    private WordToken[] Analyse(ReadOnlySpan<char> word)
    {
        _word.Set(word, _type.Type);
        _chain.Reset();
        var tokens = new List<WordToken>(2);
        while (_chain.IncrementToken())
        {
            tokens.Add(new WordToken(_chainTerm.ToString(), _chainPosition.PositionIncrement, _chainPositionLength.PositionLength,
                _chainOffset.StartOffset, word.Length - _chainOffset.EndOffset, _chainType.Type));
        }

        _chain.End();
        return [.. tokens];
    }
}
