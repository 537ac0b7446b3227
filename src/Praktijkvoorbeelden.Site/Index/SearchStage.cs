using System.Text;
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
/// <item>/zoeken/index/&lt;hash&gt;.&lt;name&gt;: the index files (Lucene files and vocabulary.bin), and those of the phrase index;</item>
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
        var docs = SearchDocuments.From(content, rendered);
        // Thousands of small files, slow to create on a busy disk: written while the index builds.
        var writingTexts = Task.Run(() => WriteTexts(SearchIndexBuilder.SnippetTexts(docs), staging));
        BuiltIndex built;
        try
        {
            built = SearchIndexBuilder.Build(docs, SearchDocuments.Vocabulary(content));
        }
        catch
        {
            // Let the text files finish (or fail) before the caller discards the staging folder; the build's error is the one to report.
            Task.WhenAny(writingTexts).Wait();
            _ = writingTexts.Exception;
            throw;
        }

        var index = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var phrases = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in built.IndexFiles)
        {
            var file = $"{ContentHash.Of(bytes)}.{name.Replace('/', '-')}";
            staging.WriteBytes($"{IndexFolder}/{file}", bytes);
            (name.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal) ? phrases : index)[name] = file;
        }

        var texts = writingTexts.GetAwaiter().GetResult();
        var engineUrl = EngineCopy.Write(engineDirectory, staging);
        var buildId = ContentHash.Of(string.Join('\n', index.Values.Concat(phrases.Values).Concat(texts.Values).Append(engineUrl)));
        var manifest = new SearchManifest(buildId, docs.Count, index, phrases, texts, RelativeToManifest(engineUrl));
        staging.WriteText(SearchManifest.SitePath.TrimStart('/'), manifest.ToJson());
        return new SearchView(SearchManifest.SitePath, engineUrl);
    }

    /// <summary>One JSON file per voorbeeld with its snippet text; returns voorbeeld id -> URL relative to the manifest.</summary>
    private static SortedDictionary<string, string> WriteTexts(IReadOnlyDictionary<string, string> snippetTexts, StagingFolder staging)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in snippetTexts)
        {
            var json = Encoding.UTF8.GetBytes(SearchManifest.TextFile(id, text));
            var file = $"{ContentHash.Of(json)}.json";
            staging.WriteBytes($"{TextFolder}/{file}", json);
            texts[id] = $"../tekst/{file}";
        }

        return texts;
    }

    /// <summary>"/zoeken/engine/x/_framework/dotnet.js" seen from /zoeken/index/: "../engine/x/_framework/dotnet.js".</summary>
    private static string RelativeToManifest(string sitePath) =>
        sitePath.StartsWith("/zoeken/", StringComparison.Ordinal) ? "../" + sitePath["/zoeken/".Length..] : sitePath;
}
