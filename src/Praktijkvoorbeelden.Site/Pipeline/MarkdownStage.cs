using System.Collections.Concurrent;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>
/// The render stage: every document to safe HTML, and the same checks on the bodies of the files
/// the parse stage rejected, so one run reports the problems of every file.
/// </summary>
internal static class MarkdownStage
{
    public static Dictionary<Document, RenderedDocument> Run(SiteSettings settings, LoadedContent loaded, SourceSet sources, DiagnosticBag diagnostics)
    {
        var renderer = new MarkdownRenderer(settings, Targets(loaded, sources.Assets), ThemeIds.Of(sources.Templates));
        var result = new ConcurrentDictionary<Document, RenderedDocument>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(loaded.Content.Documents, document => result[document] = renderer.Render(document, diagnostics));
        Parallel.ForEach(loaded.Rejected, rejected => renderer.Check(rejected, diagnostics));
        return new Dictionary<Document, RenderedDocument>(result, ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// A rejected file still is a page once its front matter is fixed, so a link to it is fine. The
    /// gemeente pages a rejected voorbeeld would make are unknown, so that folder is unsure.
    /// </summary>
    private static LinkTargets Targets(LoadedContent loaded, IReadOnlyList<SourceFile> assets)
    {
        var known = KnownPaths.Of(loaded.Content, assets);
        known.UnionWith(loaded.Rejected.Select(r => r.SitePath).OfType<string>());
        var unsure = loaded.Rejected.Any(r => r is { Kind: DocumentKind.Voorbeeld, SitePath: not null })
            ? Taxonomy.All(loaded.Content).Where(t => !t.ListEmptyTerms).Select(t => t.IndexPath).ToList()
            : [];
        return new LinkTargets(known, unsure);
    }
}
