using Praktijkvoorbeelden.Search;

namespace Praktijkvoorbeelden.Site.Diagnostics;

/// <summary>
/// "Bedoelt u ...?" for unknown keys and vocabulary values: the candidate with the fewest typing
/// errors, counted as the search counts them (<see cref="EditDistance"/>).
/// </summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Only suggest what is plausibly a typo: at most a third of the word differs.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    public static string DidYouMean(string typed, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var closest = Closest(typed, list);
        return closest is not null
            ? $"Bedoelt u '{closest}'?"
            : $"Kies uit: {string.Join(", ", list)}.";
    }

    /// <summary>Typing errors between two words (a swap of two letters counts once), as the search counts them.</summary>
    internal static int Distance(string a, string b) => EditDistance.AtMost(a, b, Math.Max(a.Length, b.Length));
}
