namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Finds the fewest known parts that spell a compound from start to end, allowing the Dutch
/// linking letters between parts (jongeren-s-panel, kinder-en-raad) and an inflection at the end
/// (pleegouder-s). "jeugdzorgclienten" -> [jeugdzorg, clienten]; "clientenraad" without "raad" in
/// the word list -> none, because half a compound must not stand for the whole.
/// </summary>
internal static class CompoundCover
{
    private static readonly string[] Links = ["", "s", "e", "en", "n"];
    private static readonly string[] Endings = ["", "s", "e", "en", "n", "je", "jes", "tje", "tjes"];

    public static IReadOnlyList<string> Find(string word, IReadOnlyList<string> parts)
    {
        // best[i]: the shortest list of parts that spells word[..i] and ends with a part.
        var best = new List<string>?[word.Length + 1];
        for (var end = 1; end <= word.Length; end++)
        {
            foreach (var part in parts)
            {
                var start = end - part.Length;
                if (start < 0 || string.CompareOrdinal(word, start, part, 0, part.Length) != 0)
                {
                    continue;
                }

                var before = start == 0 ? [] : BestBefore(word, best, start);
                if (before is not null && (best[end] is null || before.Count + 1 < best[end]!.Count))
                {
                    best[end] = [.. before, part];
                }
            }
        }

        List<string>? answer = null;
        foreach (var ending in Endings)
        {
            var end = word.Length - ending.Length;
            if (end > 0 && word.EndsWith(ending, StringComparison.Ordinal) && best[end] is { Count: >= 2 } cover
                && (answer is null || cover.Count < answer.Count))
            {
                answer = cover;
            }
        }

        return answer ?? [];
    }

    /// <summary>The best cover that ends right before <paramref name="start"/>, possibly followed by a linking letter.</summary>
    private static List<string>? BestBefore(string word, List<string>?[] best, int start) =>
        Links.Where(link => start - link.Length > 0 && string.CompareOrdinal(word, start - link.Length, link, 0, link.Length) == 0)
            .Select(link => best[start - link.Length]).Where(b => b is not null)
            .OrderBy(b => b!.Count).FirstOrDefault();
}
