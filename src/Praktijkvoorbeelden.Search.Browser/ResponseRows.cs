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
/// <item>number of facets; per facet: name, number of values; per value: value, label, count, "1" when selected else "";</item>
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

        rows.Add(Number(response.Facets.Count));
        foreach (var (facet, values) in response.Facets)
        {
            rows.AddRange([facet, Number(values.Count)]);
            foreach (var value in values)
            {
                rows.AddRange([value.Value, value.Label, Number(value.Count), value.Selected ? "1" : ""]);
            }
        }

        rows.Add(response.NeedsPhrases ? "1" : "");
        return [.. rows];
    }

    private static void AddList(List<string> rows, IReadOnlyList<string> items)
    {
        rows.Add(Number(items.Count));
        rows.AddRange(items);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
