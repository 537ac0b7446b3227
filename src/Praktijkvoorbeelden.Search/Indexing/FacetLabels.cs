using System.Globalization;
using Praktijkvoorbeelden.Search.Analysis;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The values of every facet in display order, with labels: the vocabularies' own order (the
/// participation ladder, for example), municipalities alphabetically, years newest first. Values
/// that documents use but the vocabulary lacks get their slug as label rather than disappearing.
/// </summary>
internal static class FacetLabels
{
    public static Dictionary<string, List<FacetValueLabel>> From(IndexVocabulary vocabulary, IReadOnlyList<SearchDocument> docs)
    {
        var used = SearchFacets.All.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var (facet, values) in IndexSchema.FacetValues(doc))
            {
                used[facet].UnionWith(values.Where(v => !string.IsNullOrEmpty(v)));
            }
        }

        var result = new Dictionary<string, List<FacetValueLabel>>(StringComparer.Ordinal);
        foreach (var facet in SearchFacets.All)
        {
            var labels = vocabulary.FacetLabels.TryGetValue(facet, out var known) ? known : new Dictionary<string, string>();
            var values = labels.Select(l => new FacetValueLabel(l.Key, l.Value))
                .Concat(used[facet].Where(v => !labels.ContainsKey(v)).Order(StringComparer.Ordinal).Select(v => new FacetValueLabel(v, v)));
            result[facet] = facet switch
            {
                SearchFacets.Gemeente => [.. values.OrderBy(v => Folding.Fold(v.Label), StringComparer.Ordinal)],
                SearchFacets.Jaar => [.. values.OrderByDescending(v => int.TryParse(v.Value, CultureInfo.InvariantCulture, out var year) ? year : 0)],
                _ => [.. values],
            };
        }

        return result;
    }
}
