namespace Praktijkvoorbeelden.Search;

/// <summary>
/// The number of typing errors between two words: a letter added, left out or changed, or two
/// neighbouring letters swapped (the optimal string alignment distance, which Lucene's fuzzy
/// matching with transpositions also counts). Stops as soon as the words are further apart than
/// wanted. The search uses it for typos, the site checker for "Bedoelt u ...?".
/// </summary>
public static class EditDistance
{
    /// <returns>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</returns>
    public static int AtMost(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows of the usual table: the one before the previous is needed for a swap.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > max)
            {
                return max + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
