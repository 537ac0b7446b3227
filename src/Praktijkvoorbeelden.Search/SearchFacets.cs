namespace Praktijkvoorbeelden.Search;

/// <summary>The facet names used in <see cref="SearchRequest.Filters"/> and <see cref="SearchResponse.Facets"/>.</summary>
public static class SearchFacets
{
    public const string Thema = "thema";
    public const string Gemeente = "gemeente";
    public const string Doelgroep = "doelgroep";
    public const string Participatieniveau = "participatieniveau";
    public const string Werkvorm = "werkvorm";
    public const string Jaar = "jaar";
    public const string Status = "status";

    /// <summary>Every facet a request can filter on (OR within a facet, AND across facets).</summary>
    public static IReadOnlyList<string> All { get; } = [Thema, Gemeente, Doelgroep, Participatieniveau, Werkvorm, Jaar, Status];

    /// <summary>The facets whose counts come back in every response, in display order.</summary>
    public static IReadOnlyList<string> Counted { get; } = [Thema, Gemeente, Doelgroep, Participatieniveau];
}
