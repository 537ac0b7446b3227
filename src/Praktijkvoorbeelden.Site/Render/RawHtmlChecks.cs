using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Raw HTML in a body: what the sanitizer would remove is refused, and the links and images that
/// stay get the checks of Markdown links and images, on their own line: a page that exists, alt text.
/// </summary>
internal sealed class RawHtmlChecks(LinkTargetCheck links, BodyReport report)
{
    public void Check(HtmlBlock block)
    {
        var lines = block.Lines.Lines.Take(block.Lines.Count).ToList();
        Check(BodyPosition.Of(block), string.Join('\n', lines.Select(l => l.ToString())), lines.Select(l => new BodyPosition(l.Line, l.Column + 1)).ToList());
    }

    public void Check(HtmlInline inline)
    {
        // A tag may run over several lines; the lines after the first start in the first column.
        var start = BodyPosition.Of(inline);
        var lineCount = inline.Tag.Count(c => c == '\n') + 1;
        Check(start, inline.Tag, [start, .. Enumerable.Range(1, lineCount - 1).Select(n => new BodyPosition(start.Line + n, 1))]);
    }

    /// <param name="lineStarts">Where each line of <paramref name="raw"/> starts in the body.</param>
    private void Check(BodyPosition at, string raw, List<BodyPosition> lineStarts)
    {
        foreach (var problem in RawHtmlInspector.Inspect(raw))
        {
            report.Error(at, $"HTML in de tekst is geweigerd: {problem}.", "Gebruik gewone Markdown, zonder HTML.");
        }

        foreach (var element in RawHtmlElements.In(raw))
        {
            var lineStart = lineStarts[Math.Min(element.Line, lineStarts.Count) - 1];
            var position = new BodyPosition(lineStart.Line, lineStart.Column + element.Column - 1);
            if (element.Tag == "img" && string.IsNullOrWhiteSpace(element.Alt))
            {
                report.Error(position, "Deze afbeelding heeft geen alt-tekst. Mensen die niet kunnen zien, weten dan niet wat erop staat.",
                    "Schrijf in alt=\"...\" wat de afbeelding laat zien, of gebruik Markdown: ![Beschrijving](/assets/...).");
            }

            if (element.Url is { } url)
            {
                links.CheckPath(position, url.Trim());
            }
        }
    }
}
