using System.Globalization;

namespace Praktijkvoorbeelden.Search.Browser;

/// <summary>
/// A <see cref="SearchResponse"/> as one flat array of strings, the cheapest shape to hand to
/// JavaScript: one marshalled array per keystroke and no JSON serializer in the engine (which
/// would add about a tenth to the first search's download). Read by decodeResponse in
/// theme/assets/js/zoeken/engine.js; the two must change together. In order:
/// <list type="number">
/// <item>total, searchedFor ("" when the engine searched for what was typed), number of hits;</item>
/// <item>per hit: id, url, title, summary, number of gemeenten, the gemeenten, number of thema's, the thema's;</item>
/// <item>number of facets; per facet: name and the counts of all its values, comma-separated, in the
/// order of <see cref="FacetLayout"/> (the page knows the values and which it selected: only the
/// numbers change from search to search, and one string crosses to JavaScript far faster than a
/// few hundred);</item>
/// <item>"1" when the search needs the phrase index (<see cref="SearchResponse.NeedsPhrases"/>), else "".</item>
/// </list>
/// </summary>
internal static class ResponseRows
{
    public static string[] Write(SearchResponse response)
    {
        var rows = new List<string> { Number(response.Total), response.SearchedFor ?? "", Number(response.Hits.Count) };
        foreach (var hit in response.Hits)
        {
            rows.AddRange([hit.Id, hit.Url, hit.Title, hit.Summary]);
            AddList(rows, hit.Gemeenten);
            AddList(rows, hit.Themas);
        }

        rows.Add(Number(response.FacetCounts.Count));
        foreach (var (facet, counts) in response.FacetCounts)
        {
            rows.AddRange([facet, string.Join(',', counts)]);
        }

        rows.Add(response.NeedsPhrases ? "1" : "");
        return [.. rows];
    }

    /// <summary>
    /// The counted facets' values, once per engine: number of facets; per facet: name, number of
    /// values; per value: value, label. Read by the page at start (engine.js).
    /// </summary>
    public static string[] FacetLayout(SearchEngine engine)
    {
        var rows = new List<string> { Number(SearchFacets.Counted.Count) };
        foreach (var facet in SearchFacets.Counted)
        {
            var values = engine.FacetValues(facet);
            rows.AddRange([facet, Number(values.Count)]);
            foreach (var (value, label) in values)
            {
                rows.AddRange([value, label]);
            }
        }

        return [.. rows];
    }

    private static void AddList(List<string> rows, IReadOnlyList<string> items)
    {
        rows.Add(Number(items.Count));
        rows.AddRange(items);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
