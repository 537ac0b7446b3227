namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Query side, shared by the build's tests and the WebAssembly engine: no file system, no threads.
/// </summary>
public sealed class SearchEngine
{
    /// <summary>Opens an index from the files of <see cref="BuiltIndex.IndexFiles"/>.
    /// <paramref name="textUrls"/> (optional: doc id -> snippet text URL from the manifest) fills <see cref="SearchHit.TextUrl"/>.</summary>
    public static SearchEngine Open(IReadOnlyDictionary<string, byte[]> indexFiles, IReadOnlyDictionary<string, string>? textUrls = null) =>
        throw new NotImplementedException();

    /// <summary>Any string is accepted; never throws for what a person types.</summary>
    public SearchResponse Search(SearchRequest request) => throw new NotImplementedException();

    /// <summary>
    /// An HTML-escaped piece of <paramref name="text"/> of at most about <paramref name="maxChars"/>
    /// characters around the best match, matched words wrapped in <c>&lt;mark&gt;</c>, using the same
    /// analysis as the search. Pass <see cref="SearchResponse.SearchedFor"/> when it is set.
    /// </summary>
    public string Snippet(string text, string query, int maxChars = 220, bool asYouType = false) =>
        throw new NotImplementedException();
}
