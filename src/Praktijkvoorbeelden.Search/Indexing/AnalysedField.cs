using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The tokens of one field value, analysed ahead (on another thread than the index writer) and
/// replayed to the index writer as a token stream: term, position increment and offsets of each
/// token, exactly as the analyser gave them. Only the build uses this; the arrays come from the
/// shared pool and go back when the index writer disposes the stream.
/// </summary>
internal sealed class AnalysedField : TokenStream
{
    private const int Stride = 5; // per token: chars start, chars length, position increment, start offset, end offset
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly char[] _chars;
    private readonly int[] _tokens;
    private readonly int _count;
    private readonly int _finalIncrement;
    private readonly int _finalOffset;
    private int _next;
    private bool _returned;

    private AnalysedField(char[] chars, int[] tokens, int count, int finalIncrement, int finalOffset)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _chars = chars;
        _tokens = tokens;
        _count = count;
        _finalIncrement = finalIncrement;
        _finalOffset = finalOffset;
    }

    /// <summary>
    /// Runs <paramref name="analyzer"/> over <paramref name="text"/> and splits what comes out: the
    /// words in order, with their positions (phrases need them), and the tokens stacked on a word
    /// (compound parts), which only need to be found (see <see cref="IndexSchema.Body"/>).
    /// </summary>
    public static (AnalysedField Words, AnalysedField Parts) Split(Analyzer analyzer, string field, string text, Scratch scratch)
    {
        var all = Of(analyzer, field, text, scratch);
        var words = all.Where(stacked: false, scratch);
        var parts = all.Where(stacked: true, scratch);
        all.Dispose();
        return (words, parts);
    }

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as field <paramref name="field"/> and keeps what comes out.</summary>
    public static AnalysedField Of(Analyzer analyzer, string field, string text, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(text, field);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var chars = 0;
        var count = 0;
        while (stream.IncrementToken())
        {
            scratch.Ensure(chars + term.Length, (count + 1) * Stride);
            Array.Copy(term.Buffer, 0, scratch.Chars, chars, term.Length);
            var t = count * Stride;
            scratch.Tokens[t] = chars;
            scratch.Tokens[t + 1] = term.Length;
            scratch.Tokens[t + 2] = position.PositionIncrement;
            scratch.Tokens[t + 3] = offset.StartOffset;
            scratch.Tokens[t + 4] = offset.EndOffset;
            chars += term.Length;
            count++;
        }

        stream.End();
        return Keep(scratch, chars, count, position.PositionIncrement, offset.EndOffset);
    }

    /// <summary>The same tokens in arrays of its own: each index writer disposes the stream it was given.</summary>
    public AnalysedField Copy()
    {
        var chars = _count == 0 ? 0 : _tokens[((_count - 1) * Stride)] + _tokens[((_count - 1) * Stride) + 1];
        var keptChars = ArrayPool<char>.Shared.Rent(chars);
        var keptTokens = ArrayPool<int>.Shared.Rent(_count * Stride);
        Array.Copy(_chars, keptChars, chars);
        Array.Copy(_tokens, keptTokens, _count * Stride);
        return new AnalysedField(keptChars, keptTokens, _count, _finalIncrement, _finalOffset);
    }

    private static AnalysedField Keep(Scratch scratch, int chars, int count, int finalIncrement, int finalOffset)
    {
        var keptChars = ArrayPool<char>.Shared.Rent(chars);
        var keptTokens = ArrayPool<int>.Shared.Rent(count * Stride);
        Array.Copy(scratch.Chars, keptChars, chars);
        Array.Copy(scratch.Tokens, keptTokens, count * Stride);
        return new AnalysedField(keptChars, keptTokens, count, finalIncrement, finalOffset);
    }

    /// <summary>
    /// The tokens stacked on a word (position increment 0), or the others. Parts keep an increment
    /// of 1: their field has no positions, and a first token of 0 would not be allowed.
    /// </summary>
    private AnalysedField Where(bool stacked, Scratch scratch)
    {
        var chars = 0;
        var count = 0;
        for (var i = 0; i < _count; i++)
        {
            var t = i * Stride;
            if ((_tokens[t + 2] == 0) != stacked)
            {
                continue;
            }

            scratch.Ensure(chars + _tokens[t + 1], (count + 1) * Stride);
            Array.Copy(_chars, _tokens[t], scratch.Chars, chars, _tokens[t + 1]);
            var k = count * Stride;
            scratch.Tokens[k] = chars;
            scratch.Tokens[k + 1] = _tokens[t + 1];
            scratch.Tokens[k + 2] = stacked ? 1 : _tokens[t + 2];
            scratch.Tokens[k + 3] = _tokens[t + 3];
            scratch.Tokens[k + 4] = _tokens[t + 4];
            chars += _tokens[t + 1];
            count++;
        }

        return Keep(scratch, chars, count, stacked ? 0 : _finalIncrement, _finalOffset);
    }

    public override bool IncrementToken()
    {
        if (_next >= _count)
        {
            return false;
        }

        var t = _next++ * Stride;
        _term.CopyBuffer(_chars, _tokens[t], _tokens[t + 1]);
        _position.PositionIncrement = _tokens[t + 2];
        _offset.SetOffset(_tokens[t + 3], _tokens[t + 4]);
        return true;
    }

    public override void End()
    {
        base.End();
        _position.PositionIncrement = _finalIncrement;
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_returned)
        {
            _returned = true;
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_tokens);
        }

        base.Dispose(disposing);
    }

    /// <summary>Growable buffers for one analysing thread, reused from field to field.</summary>
    internal sealed class Scratch
    {
        public char[] Chars { get; private set; } = new char[4096];
        public int[] Tokens { get; private set; } = new int[4096];

        public void Ensure(int chars, int tokens)
        {
            if (Chars.Length < chars)
            {
                var grown = new char[Math.Max(chars, Chars.Length * 2)];
                Chars.CopyTo(grown, 0);
                Chars = grown;
            }

            if (Tokens.Length < tokens)
            {
                var grown = new int[Math.Max(tokens, Tokens.Length * 2)];
                Tokens.CopyTo(grown, 0);
                Tokens = grown;
            }
        }
    }
}
