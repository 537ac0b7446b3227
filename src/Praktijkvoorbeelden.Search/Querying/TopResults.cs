namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// The best-scoring matches in order, without sorting them all: a page shows ten of maybe
/// thousands, and in the browser (interpreted .NET) sorting every match on every keystroke cost
/// more than picking the few that are shown.
/// </summary>
internal static class TopResults
{
    /// <summary>The first <paramref name="count"/> of <paramref name="docs"/> by score (highest first), ties by document number.</summary>
    public static List<int> Select(List<int> docs, float[] scores, int count)
    {
        var top = new List<int>(Math.Min(count, docs.Count));
        if (count <= 0)
        {
            return top;
        }

        foreach (var doc in docs)
        {
            if (top.Count == count && !Before(doc, top[^1], scores))
            {
                continue;
            }

            // Insertion into a short sorted list: most matches are not better than the last one kept.
            var at = top.Count == count ? count - 1 : top.Count;
            if (top.Count == count)
            {
                top.RemoveAt(count - 1);
            }

            while (at > 0 && Before(doc, top[at - 1], scores))
            {
                at--;
            }

            top.Insert(at, doc);
        }

        return top;
    }

    private static bool Before(int a, int b, float[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
}
