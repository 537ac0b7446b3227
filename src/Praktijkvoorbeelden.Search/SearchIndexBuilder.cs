namespace Praktijkvoorbeelden.Search;

/// <summary>Build side: turns the voorbeelden into index files that the browser engine opens.</summary>
public static class SearchIndexBuilder
{
    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, IndexVocabulary vocabulary) =>
        throw new NotImplementedException();
}
