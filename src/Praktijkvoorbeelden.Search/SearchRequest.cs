namespace Praktijkvoorbeelden.Search;

/// <summary>
/// A query as a person types it. <paramref name="Filters"/> maps a facet name (thema, gemeente,
/// doelgroep, participatieniveau) to the selected slugs: OR within a facet, AND across facets.
/// <paramref name="AsYouType"/> treats the last word as a prefix. <paramref name="FacetLists"/>
/// false leaves <see cref="SearchResponse.Facets"/> empty: for a caller that reads
/// <see cref="SearchResponse.FacetCounts"/> against <see cref="SearchEngine.FacetValues"/> instead.
/// </summary>
public sealed record SearchRequest(
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int Offset = 0,
    int Limit = 10,
    bool AsYouType = false,
    bool FacetLists = true);
