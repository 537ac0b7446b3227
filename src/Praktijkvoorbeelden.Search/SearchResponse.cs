namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Results for one request. <paramref name="SearchedFor"/> is set when the engine searched for
/// something other than what was typed (a fuzzy retry after a typo), so the page can say so; pass
/// it to <see cref="SearchEngine.Snippet"/> instead of the typed query. <paramref name="Facets"/>
/// has the keys thema, gemeente, doelgroep and participatieniveau (see <see cref="SearchFacets.Counted"/>).
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? SearchedFor)
{
    /// <summary>
    /// The query has a phrase and the phrase index is not open, so these results lack the phrase's
    /// matches in the body: open it (<see cref="SearchEngine.AddPhrases"/>) and search again.
    /// </summary>
    public bool NeedsPhrases { get; init; }

    /// <summary>
    /// Per counted facet, the count of every value in the order of <see cref="SearchEngine.FacetValues"/>
    /// (zeros included): the same numbers as <see cref="Facets"/>, without a record per value.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> FacetCounts { get; init; } = new Dictionary<string, IReadOnlyList<int>>();
}

/// <summary>
/// One result. <paramref name="Gemeenten"/> and <paramref name="Themas"/> are Dutch labels ready to show.
/// <paramref name="TextUrl"/> points at the plain text used for the snippet when the engine was opened
/// with the manifest's text URLs, otherwise it is empty (look the id up in the manifest then).
/// </summary>
public sealed record SearchHit(
    string Id,
    string Url,
    string Title,
    string Summary,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<string> Themas,
    string TextUrl,
    float Score);

/// <summary>A facet value (slug) with its Dutch label and the number of results it would give.</summary>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);
