namespace Praktijkvoorbeelden.Site.Render;

/// <summary>A ## heading of a body, with its text as the reader sees it.</summary>
internal sealed record BodyHeading(BodyPosition At, string Text);

/// <summary>A known heading out of the agreed order, and a heading in order to place it next to.</summary>
/// <param name="Above">Place it right above this heading; null when it belongs at the end of the run.</param>
/// <param name="After">When <paramref name="Above"/> is null: place it after the part under this heading.</param>
internal sealed record MisplacedHeading(BodyHeading Heading, string? Above, string? After);

/// <summary>
/// CONTENT.md: a voorbeeld has its headings "in this order where they apply", so every voorbeeld
/// reads the same way. Any of them may be left out, and other headings may sit anywhere. Only the
/// fewest headings that must move are named: the others form the longest run in the right order.
/// </summary>
internal static class HeadingOrder
{
    public static readonly IReadOnlyList<string> Known = ["Aanleiding", "Aanpak", "Resultaten", "Lessen voor andere gemeenten", "Meer weten"];

    public static List<MisplacedHeading> Misplaced(IReadOnlyList<BodyHeading> headings)
    {
        var known = headings.Select(h => (Heading: h, Rank: RankOf(h.Text))).Where(h => h.Rank >= 0).ToList();
        var kept = LongestRunInOrder(known.Select(h => h.Rank).ToList());
        var keptRanks = kept.Order().Select(i => known[i].Rank).ToList();
        return known
            .Where((_, i) => !kept.Contains(i))
            .Select(h =>
            {
                // Right above the first heading that follows it in the order; if none does, after the last one.
                var above = keptRanks.Where(r => r > h.Rank).Select(r => Known[r]).FirstOrDefault();
                return new MisplacedHeading(h.Heading, above, above is null ? Known[keptRanks.Last()] : null);
            })
            .ToList();
    }

    private static int RankOf(string text)
    {
        var words = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var rank = 0; rank < Known.Count; rank++)
        {
            if (string.Equals(words, Known[rank], StringComparison.OrdinalIgnoreCase))
            {
                return rank;
            }
        }

        return -1;
    }

    /// <summary>
    /// The indexes of the longest run of ranks that never goes down. On a tie the run that ends
    /// first wins: read from the top, the first headings stay and the later ones are out of place.
    /// A handful of headings, so the plain quadratic way is plenty.
    /// </summary>
    private static HashSet<int> LongestRunInOrder(List<int> ranks)
    {
        var length = new int[ranks.Count];
        var previous = new int[ranks.Count];
        var end = -1;
        for (var i = 0; i < ranks.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (ranks[j] <= ranks[i] && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }

            if (end < 0 || length[i] > length[end])
            {
                end = i;
            }
        }

        var run = new HashSet<int>();
        for (var i = end; i >= 0; i = previous[i])
        {
            run.Add(i);
        }

        return run;
    }
}
