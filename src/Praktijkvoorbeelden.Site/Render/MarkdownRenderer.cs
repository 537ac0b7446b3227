using Markdig;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// The render stage for one document: Markdig turns Markdown into HTML (after checks on its
/// syntax tree), then AngleSharp sanitizes and post-processes the DOM.
/// </summary>
/// <param name="themeIds">Ids the layouts use, which no heading anchor may take.</param>
public sealed class MarkdownRenderer(SiteSettings settings, LinkTargets targets, IReadOnlySet<string> themeIds)
{
    public MarkdownRenderer(SiteSettings settings, ISet<string> knownPaths)
        : this(settings, new LinkTargets(knownPaths), new HashSet<string>(StringComparer.Ordinal))
    {
    }

    // Raw HTML stays in the pipeline so that it can be reported and sanitized, not silently dropped.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseAbbreviations()
        .UseDefinitionLists()
        .UseFootnotes()
        .Build();

    private readonly HtmlPostProcessor _postProcessor = new(settings, themeIds);

    public RenderedDocument Render(Document document, DiagnosticBag diagnostics)
    {
        var markdown = Markdown.Parse(document.Body, Pipeline);
        new MarkdownChecks(document.File.DisplayPath, document.BodyLine, KindOf(document), targets, diagnostics).Run(markdown);
        var html = markdown.ToHtml(Pipeline);
        return _postProcessor.Process(html);
    }

    /// <summary>Only the checks, for the body of a file that did not become a document: nothing is rendered.</summary>
    public void Check(RejectedDocument rejected, DiagnosticBag diagnostics)
    {
        if (rejected.Body is not null)
        {
            new MarkdownChecks(rejected.File.DisplayPath, rejected.BodyLine, rejected.Kind, targets, diagnostics).Run(Markdown.Parse(rejected.Body, Pipeline));
        }
    }

    private static DocumentKind KindOf(Document document) => document switch
    {
        Voorbeeld => DocumentKind.Voorbeeld,
        Thema => DocumentKind.Thema,
        _ => DocumentKind.Pagina,
    };
}
