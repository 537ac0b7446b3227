using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json;

namespace Praktijkvoorbeelden.Search.Browser;

/// <summary>
/// What the search page calls (theme/assets/js/zoeken.js). The page fetches the index files named
/// in the manifest, hands each to <see cref="AddFile"/>, then calls <see cref="Open"/> once; after
/// that <see cref="Search"/> and <see cref="Snippet"/> run synchronously on every keystroke.
/// Requests and responses cross the boundary as JSON (camelCase), written by a source-generated
/// serializer because reflection-based JSON does not survive trimming.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class EngineExports
{
    private static readonly Dictionary<string, byte[]> PendingFiles = new(StringComparer.Ordinal);
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
        return _engine.DocumentCount;
    }

    /// <summary>A <see cref="SearchRequest"/> as JSON in, a <see cref="SearchResponse"/> as JSON out.</summary>
    [JSExport]
    public static string Search(string requestJson)
    {
        var request = JsonSerializer.Deserialize(requestJson, EngineJson.Default.SearchRequest)
            ?? throw new ArgumentException("The search request is empty.", nameof(requestJson));
        var complete = request with { Query = request.Query ?? "", Filters = request.Filters ?? NoFilters };
        return JsonSerializer.Serialize(Engine.Search(complete), EngineJson.Default.SearchResponse);
    }

    /// <summary>HTML (escaped text with &lt;mark&gt;) of the part of <paramref name="text"/> that best matches <paramref name="query"/>.</summary>
    [JSExport]
    public static string Snippet(string text, string query, bool asYouType) =>
        Engine.Snippet(text, query, asYouType: asYouType);

    private static SearchEngine Engine =>
        _engine ?? throw new InvalidOperationException("Call Open before searching.");

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}
