using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>
/// /zoeken/index/manifest.json: the one search file that is not content-hashed (short cache), so a
/// new build is picked up at once. Every URL in it is relative to the manifest itself (resolve with
/// <c>new URL(url, manifestUrl)</c>), so it works under any LinkRoot.
/// </summary>
/// <param name="BuildId">Changes whenever the index or a text changes.</param>
/// <param name="Index">Index file name (as <c>SearchEngine.Open</c> expects it) -> URL of the file.</param>
/// <param name="Phrases">The same for the phrase index, fetched only when a search has a phrase (<c>SearchEngine.AddPhrases</c>).</param>
/// <param name="Texts">Voorbeeld id -> URL of a JSON file <c>{ "id": "plain text" }</c> for the snippet.</param>
/// <param name="Engine">URL of the engine's <c>_framework/dotnet.js</c>.</param>
internal sealed record SearchManifest(
    string BuildId,
    int DocumentCount,
    SortedDictionary<string, string> Index,
    SortedDictionary<string, string> Phrases,
    SortedDictionary<string, string> Texts,
    string Engine)
{
    public const string SitePath = "/zoeken/index/manifest.json";

    public string ToJson() => JsonSerializer.Serialize(this, SearchJson.Readable.SearchManifest);

    public static SearchManifest FromJson(string json) =>
        JsonSerializer.Deserialize(json, SearchJson.Readable.SearchManifest) ?? throw new InvalidDataException("Empty search manifest.");

    /// <summary>One snippet text file: <c>{ "id": "text" }</c>.</summary>
    public static string TextFile(string id, string text) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(StringComparer.Ordinal) { [id] = text }, SearchJson.Readable.SortedDictionaryStringString);
}

/// <summary>Dutch letters stay readable in the JSON; characters that matter to HTML are still escaped.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchManifest))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class SearchJson : JsonSerializerContext
{
    public static SearchJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
