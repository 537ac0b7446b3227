namespace Praktijkvoorbeelden.Search.Querying;

/// <summary>
/// Result rows by document, read (row doc value, facet labels) the first time a document is shown:
/// while someone types, the same ten results come back on every keystroke.
/// </summary>
internal sealed class HitCache(int maxDoc, Func<int, SearchHit> read)
{
    private readonly SearchHit?[] _hits = new SearchHit?[maxDoc];

    // A slot is written whole or not at all (a reference), so threads that share an engine at
    // build and test time at worst read a document twice.
    public SearchHit Get(int doc) => _hits[doc] ??= read(doc);
}
