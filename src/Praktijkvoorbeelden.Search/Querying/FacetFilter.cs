namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Applies the selected filters (OR within a facet, AND across facets) and counts facet values the
/// usual "disjunctive" way: a facet's counts ignore that facet's own selection but respect all
/// other filters, so a count says how many results a visitor gets by also ticking that value.
/// </summary>
internal sealed class FacetFilter
{
    private readonly FacetTable _table;
    private readonly bool[]?[] _selected;
    private readonly int[] _active;

    public FacetFilter(FacetTable table, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters)
    {
        _table = table;
        _selected = new bool[]?[table.Count];
        var active = new List<int>();
        foreach (var (name, slugs) in filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var facet = table.IndexOf(name);
            if (facet < 0 || slugs is null)
            {
                continue;
            }

            // Unknown slugs (an old link, a typo in the URL) are ignored rather than emptying the list.
            var values = table.Values(facet);
            var selected = new bool[values.Count];
            var any = false;
            for (var v = 0; v < values.Count; v++)
            {
                selected[v] = slugs.Contains(values[v].Value, StringComparer.Ordinal);
                any |= selected[v];
            }

            if (any)
            {
                _selected[facet] = selected;
                active.Add(facet);
            }
        }

        _active = [.. active];
    }

    public bool IsSelected(int facet, int value) => _selected[facet]?[value] ?? false;

    /// <summary>Returns the documents that pass every filter, and fills the counts per facet and value (where not null).</summary>
    public List<int> Apply(IEnumerable<int> candidates, int[]?[] counts)
    {
        var passing = new List<int>();
        foreach (var doc in candidates)
        {
            var failed = -1;
            var failures = 0;
            foreach (var facet in _active)
            {
                if (!Passes(facet, doc) && ++failures == 1)
                {
                    failed = facet;
                }

                if (failures > 1)
                {
                    break;
                }
            }

            if (failures == 0)
            {
                passing.Add(doc);
                for (var facet = 0; facet < counts.Length; facet++)
                {
                    CountValues(facet, doc, counts);
                }
            }
            else if (failures == 1)
            {
                // Fails only this facet's own filter: it counts for that facet's other values.
                CountValues(failed, doc, counts);
            }
        }

        return passing;
    }

    private bool Passes(int facet, int doc)
    {
        var selected = _selected[facet]!;
        foreach (var value in _table.Of(facet, doc))
        {
            if (selected[value])
            {
                return true;
            }
        }

        return false;
    }

    private void CountValues(int facet, int doc, int[]?[] counts)
    {
        if (counts[facet] is not { } values)
        {
            return;
        }

        foreach (var value in _table.Of(facet, doc))
        {
            values[value]++;
        }
    }
}
