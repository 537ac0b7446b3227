using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// A token stream of exactly one token, set before each use: the source of the per-word part of
/// the analysis chain when <see cref="MemoizedWordFilter"/> analyses a word it has not seen yet.
/// </summary>
internal sealed class SingleWordStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private char[] _word = new char[32];
    private int _length;
    private string _wordType = TypeAttribute.DEFAULT_TYPE;
    private bool _done;

    public SingleWordStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The word the next run emits, with the type its tokenizer gave it.</summary>
    public void Set(ReadOnlySpan<char> word, string type)
    {
        if (_word.Length < word.Length)
        {
            _word = new char[word.Length];
        }

        word.CopyTo(_word);
        _length = word.Length;
        _wordType = type;
    }

    public override bool IncrementToken()
    {
        if (_done)
        {
            return false;
        }

        ClearAttributes();
        _term.CopyBuffer(_word, 0, _length);
        _offset.SetOffset(0, _length);
        _position.PositionIncrement = 1;
        _type.Type = _wordType;
        _done = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _done = false;
    }
}
