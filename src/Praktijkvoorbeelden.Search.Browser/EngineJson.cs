using System.Text.Json.Serialization;

namespace Praktijkvoorbeelden.Search.Browser;

/// <summary>Source-generated JSON for the page: camelCase names, as JavaScript expects them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchRequest))]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class EngineJson : JsonSerializerContext;
