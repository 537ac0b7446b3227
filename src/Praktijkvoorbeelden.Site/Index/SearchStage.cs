using Praktijkvoorbeelden.Search;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>
/// The index stage: builds the Lucene index and writes it, the snippet texts and the browser engine
/// into the output. Everything but the manifest has a content-hashed name and can be cached forever:
/// <list type="bullet">
/// <item>/zoeken/index/&lt;hash&gt;.&lt;name&gt;: the index files (Lucene files and vocabulary.json);</item>
/// <item>/zoeken/tekst/&lt;hash&gt;.json: one small file per voorbeeld with the plain text for its snippet;</item>
/// <item>/zoeken/engine/&lt;hash&gt;/: the WebAssembly engine;</item>
/// <item>/zoeken/index/manifest.json: what to fetch, see <see cref="SearchManifest"/>.</item>
/// </list>
/// </summary>
public static class SearchStage
{
    private const string IndexFolder = "zoeken/index";
    private const string TextFolder = "zoeken/tekst";

    /// <summary>Returns the site paths (without LinkRoot) of the manifest and the engine, for the search page.</summary>
    public static SearchView? Write(SiteSettings settings, ContentSet content, IReadOnlyDictionary<Document, RenderedDocument> rendered,
        string? engineDirectory, StagingFolder staging)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(staging);
        var built = SearchIndexBuilder.Build(SearchDocuments.From(content, rendered), SearchDocuments.Vocabulary(content));

        var index = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in built.IndexFiles)
        {
            var file = $"{ContentHash.Of(bytes)}.{name}";
            staging.WriteBytes($"{IndexFolder}/{file}", bytes);
            index[name] = file;
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in built.SnippetTexts)
        {
            var json = SearchManifest.TextFile(id, text);
            var file = $"{ContentHash.Of(json)}.json";
            staging.WriteText($"{TextFolder}/{file}", json);
            texts[id] = $"../tekst/{file}";
        }

        var engineUrl = EngineCopy.Write(engineDirectory, staging);
        var buildId = ContentHash.Of(string.Join('\n', index.Values.Concat(texts.Values).Append(engineUrl)));
        var manifest = new SearchManifest(buildId, built.SnippetTexts.Count, index, texts, RelativeToManifest(engineUrl));
        staging.WriteText(SearchManifest.SitePath.TrimStart('/'), manifest.ToJson());
        return new SearchView(SearchManifest.SitePath, engineUrl);
    }

    /// <summary>"/zoeken/engine/x/_framework/dotnet.js" seen from /zoeken/index/: "../engine/x/_framework/dotnet.js".</summary>
    private static string RelativeToManifest(string sitePath) =>
        sitePath.StartsWith("/zoeken/", StringComparison.Ordinal) ? "../" + sitePath["/zoeken/".Length..] : sitePath;
}
