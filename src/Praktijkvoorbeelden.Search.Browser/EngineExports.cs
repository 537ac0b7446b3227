using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace Praktijkvoorbeelden.Search.Browser;

/// <summary>
/// What the search page calls (theme/assets/js/zoeken/engine.js). The page fetches the index files
/// named in the manifest, hands each to <see cref="AddFile"/>, then calls <see cref="Open"/> once;
/// after that <see cref="Search"/> and <see cref="Snippet"/> run synchronously on every keystroke.
/// The phrase index follows only when a search needs it: its files through <see cref="AddFile"/>,
/// then <see cref="OpenPhrases"/>.
/// Requests arrive as plain arguments and responses leave as a flat string array
/// (<see cref="ResponseRows"/>): no JSON serializer in the download.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class EngineExports
{
    private static readonly Dictionary<string, byte[]> PendingFiles = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal);
    private static SearchEngine? _engine;

    /// <summary>Keeps one index file until <see cref="Open"/>; <paramref name="name"/> is the manifest key.</summary>
    [JSExport]
    public static void AddFile(string name, byte[] content) => PendingFiles[name] = content;

    /// <summary>Opens the index from the files added so far and returns the number of voorbeelden in it.</summary>
    [JSExport]
    public static int Open()
    {
        _engine?.Dispose();
        _engine = SearchEngine.Open(PendingFiles);
        PendingFiles.Clear();
        Texts.Clear();
        return _engine.DocumentCount;
    }

    /// <summary>Opens the phrase index from the files added since <see cref="Open"/>; phrases then also match in the body.</summary>
    [JSExport]
    public static void OpenPhrases()
    {
        try
        {
            Engine.AddPhrases(PendingFiles);
        }
        finally
        {
            PendingFiles.Clear();
        }
    }

    /// <summary>
    /// One search. <paramref name="filters"/> holds facet and value in turns ("thema", "pleegzorg",
    /// "gemeente", "groningen"): OR within a facet, AND across facets. Returns <see cref="ResponseRows"/>.
    /// </summary>
    [JSExport]
    public static string[] Search(string query, string[] filters, int offset, int limit, bool asYouType)
    {
        var pairs = filters ?? [];
        var selected = Enumerable.Range(0, pairs.Length / 2)
            .GroupBy(i => pairs[2 * i], i => pairs[(2 * i) + 1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g], StringComparer.Ordinal);
        return ResponseRows.Write(Engine.Search(new SearchRequest(query ?? "", selected, offset, limit, asYouType, FacetLists: false)));
    }

    /// <summary>The values and labels of the counted facets, see <see cref="ResponseRows.FacetLayout"/>.</summary>
    [JSExport]
    public static string[] FacetLayout() => ResponseRows.FacetLayout(Engine);

    /// <summary>HTML (escaped text with &lt;mark&gt;) of the part of <paramref name="text"/> that best matches <paramref name="query"/>.</summary>
    [JSExport]
    public static string Snippet(string text, string query, bool asYouType) =>
        Engine.Snippet(text, query, asYouType: asYouType);

    /// <summary>
    /// Keeps the snippet text of a voorbeeld, fetched by the page, for <see cref="SnippetOf"/>, and
    /// analyses it now: it arrives between keystrokes, and may be shown by a later search.
    /// </summary>
    [JSExport]
    public static void AddText(string id, string text)
    {
        Texts[id] = text;
        Engine.PrepareSnippet(text);
    }

    /// <summary>
    /// <see cref="Snippet"/> of a text given to <see cref="AddText"/>: the text does not cross into
    /// the engine again on every keystroke, and its analysis is kept. Empty for an unknown id.
    /// </summary>
    [JSExport]
    public static string SnippetOf(string id, string query, bool asYouType) =>
        Texts.TryGetValue(id, out var text) ? Engine.Snippet(text, query, asYouType: asYouType) : "";

    private static SearchEngine Engine =>
        _engine ?? throw new InvalidOperationException("Call Open before searching.");
}
