namespace Praktijkvoorbeelden.Search;

/// <summary>
/// What the build knows about the collection that the browser engine needs too: Dutch labels
/// per facet value (facet name -> slug -> label) and the collection's own words that feed the
/// compound splitter.
/// </summary>
public sealed record IndexVocabulary(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FacetLabels,
    IReadOnlyList<string> CollectionWords);
