using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// Related voorbeelden by what they share: a theme weighs most, then target group, work form and
/// municipality. Ties go to the most recently checked, then the title, so the choice is stable.
/// Scores are summed over an inverted index, so 10,000 voorbeelden take a fraction of a second
/// instead of comparing every pair.
/// </summary>
public sealed class Related
{
    private readonly IReadOnlyList<Voorbeeld> _all;
    private readonly List<(int Weight, int[] Members)>[] _featuresOf;
    private readonly int[] _scores; // scratch space of For(): one instance is used by one thread
    private readonly List<int> _touched = [];

    public Related(IReadOnlyList<Voorbeeld> all)
    {
        _all = all;
        _scores = new int[all.Count];
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var features = new List<(string Key, int Weight)>[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            features[i] = Features(all[i]).ToList();
            foreach (var (key, _) in features[i])
            {
                if (!members.TryGetValue(key, out var list))
                {
                    members[key] = list = [];
                }

                list.Add(i);
            }
        }

        var arrays = members.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _featuresOf = features.Select(f => f.Select(x => (x.Weight, arrays[x.Key])).ToList()).ToArray();
    }

    public IReadOnlyList<Voorbeeld> For(int index, int count)
    {
        // Scores in a flat array with a list of touched entries: with a few themes, each voorbeeld
        // shares a feature with thousands of others, and a dictionary per call made this quadratic
        // step take seconds at 10,000.
        var scores = _scores;
        var touched = _touched;
        foreach (var (weight, members) in _featuresOf[index])
        {
            foreach (var other in members)
            {
                if (other == index)
                {
                    continue;
                }

                if (scores[other] == 0)
                {
                    touched.Add(other);
                }

                scores[other] += weight;
            }
        }

        // Top-k by a linear scan: sorting thousands of candidates per voorbeeld would dominate the build.
        var best = new List<(int Index, int Score)>(count + 1);
        foreach (var other in touched)
        {
            var score = scores[other];
            scores[other] = 0;
            if (best.Count == count && (count == 0 || score < best[^1].Score))
            {
                continue;
            }

            var position = best.FindIndex(b => IsBetter(other, score, b.Index, b.Score));
            if (position < 0 && best.Count < count)
            {
                best.Add((other, score));
            }
            else if (position >= 0)
            {
                best.Insert(position, (other, score));
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        touched.Clear();
        return best.Select(b => _all[b.Index]).ToList();
    }

    private bool IsBetter(int a, int scoreA, int b, int scoreB) =>
        scoreA != scoreB ? scoreA > scoreB
        : _all[a].Checked != _all[b].Checked ? _all[a].Checked > _all[b].Checked
        : string.CompareOrdinal(_all[a].Title, _all[b].Title) < 0;

    private static IEnumerable<(string Key, int Weight)> Features(Voorbeeld v) =>
        v.Themes.Select(t => ("t:" + t, 3))
            .Concat(v.TargetGroups.Select(t => ("d:" + t, 2)))
            .Concat(v.WorkForms.Select(t => ("w:" + t, 1)))
            .Concat(v.Municipalities.Select(t => ("g:" + t, 1)))
            .Distinct();
}
