using System.Text;

namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The words of one analysed text in a few flat arrays (a record per word took three times the
/// memory): where each word stands, its folded surface form (for the as-you-type prefix) and the
/// numbers of its index terms.
/// </summary>
internal sealed class AnalysedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _termOffsets;
    private readonly int[] _terms;
    private readonly string _folded;
    private readonly int[] _foldedOffsets;

    private AnalysedText(int[] starts, int[] ends, int[] termOffsets, int[] terms, string folded, int[] foldedOffsets)
    {
        _starts = starts;
        _ends = ends;
        _termOffsets = termOffsets;
        _terms = terms;
        _folded = folded;
        _foldedOffsets = foldedOffsets;
    }

    public int Count => _starts.Length;

    public int Start(int word) => _starts[word];

    public int End(int word) => _ends[word];

    /// <summary>Whether one of the word's terms is among <paramref name="wanted"/> (a handful of numbers).</summary>
    public bool HasAnyTerm(int word, int[] wanted)
    {
        for (var t = _termOffsets[word]; t < _termOffsets[word + 1]; t++)
        {
            if (Array.IndexOf(wanted, _terms[t]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool StartsWith(int word, string prefix) =>
        _folded.AsSpan(_foldedOffsets[word], _foldedOffsets[word + 1] - _foldedOffsets[word]).StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Words in text order: (start, end, folded surface, term numbers).</summary>
    public static AnalysedText From(IReadOnlyList<(int Start, int End, string Folded, IEnumerable<int> Terms)> words)
    {
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        var termOffsets = new int[words.Count + 1];
        var foldedOffsets = new int[words.Count + 1];
        var terms = new List<int>();
        var folded = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            (starts[i], ends[i]) = (words[i].Start, words[i].End);
            terms.AddRange(words[i].Terms);
            folded.Append(words[i].Folded);
            termOffsets[i + 1] = terms.Count;
            foldedOffsets[i + 1] = folded.Length;
        }

        return new AnalysedText(starts, ends, termOffsets, [.. terms], folded.ToString(), foldedOffsets);
    }
}
