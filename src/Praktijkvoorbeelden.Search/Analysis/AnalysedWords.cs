using System.Collections.Concurrent;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// What the per-word part of one analysis chain made of each word it has seen, shared by all
/// fields and threads that use the analyser. Thread-safe; lookups by span allocate nothing.
/// Bounded, so a stream of ever new words (numbers, typos) cannot grow it without end: past the
/// bound a new word is still analysed, just not remembered.
/// </summary>
internal sealed class AnalysedWords
{
    private const int MaxWords = 200_000;
    private readonly ConcurrentDictionary<string, WordToken[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordToken[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public AnalysedWords() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> word, out WordToken[] tokens) => _lookup.TryGetValue(word, out tokens!);

    public void Remember(ReadOnlySpan<char> word, WordToken[] tokens)
    {
        if (Volatile.Read(ref _count) < MaxWords && _lookup.TryAdd(word, tokens))
        {
            Interlocked.Increment(ref _count);
        }
    }
}

/// <summary>
/// One token the chain made of a word: the term, its position increment and length, and its
/// offsets relative to the word (start from the word's start, end counted back from the word's end).
/// </summary>
internal readonly record struct WordToken(string Term, int PositionIncrement, int PositionLength, int StartOffset, int EndOffsetFromEnd, string Type);
