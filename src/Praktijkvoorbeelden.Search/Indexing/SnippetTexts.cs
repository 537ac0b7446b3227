using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// Voorbeeld id -> the text its snippet is cut from (<see cref="SnippetText.Of"/>), made when asked
/// for and not kept: at 10,000 voorbeelden, holding all of them would cost some 80 MB while the
/// site is written, and each is read once, to write its file.
/// </summary>
internal sealed class SnippetTexts : IReadOnlyDictionary<string, string>
{
    private readonly IReadOnlyList<SearchDocument> _docs;
    private readonly Dictionary<string, int> _positions;

    /// <exception cref="ArgumentException">Two documents have the same id.</exception>
    public SnippetTexts(IReadOnlyList<SearchDocument> docs)
    {
        _docs = docs;
        _positions = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            _positions.Add(docs[i].Id, i);
        }
    }

    public int Count => _docs.Count;

    public IEnumerable<string> Keys => _docs.Select(d => d.Id);

    public IEnumerable<string> Values => _docs.Select(d => SnippetText.Of(d.Body));

    public string this[string key] => TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No voorbeeld with id '{key}'.");

    public bool ContainsKey(string key) => _positions.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = _positions.TryGetValue(key, out var position) ? SnippetText.Of(_docs[position].Body) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _docs.Select(d => KeyValuePair.Create(d.Id, SnippetText.Of(d.Body))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
