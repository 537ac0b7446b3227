using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Checks on the Markdown syntax tree, where every node still knows its line: links to pages
/// that do not exist, images without alt text, unsafe link targets and refused raw HTML. It needs
/// only the body and where it starts, so it also runs on files whose front matter failed.
/// </summary>
internal sealed class MarkdownChecks
{
    private readonly BodyReport _report;
    private readonly LinkTargetCheck _links;
    private readonly RawHtmlChecks _rawHtml;

    /// <param name="file">The file as the contributor finds it, e.g. "input/voorbeelden/x.md".</param>
    /// <param name="bodyLine">The line of the file on which the body starts.</param>
    public MarkdownChecks(string file, int bodyLine, LinkTargets targets, DiagnosticBag diagnostics)
    {
        _report = new BodyReport(file, bodyLine, diagnostics);
        _links = new LinkTargetCheck(targets, _report);
        _rawHtml = new RawHtmlChecks(_links, _report);
    }

    public void Run(MarkdownDocument markdown)
    {
        foreach (var node in markdown.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    CheckLink(link);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    _links.Check(BodyPosition.Of(autolink), autolink.Url);
                    break;
                case HeadingBlock { Level: 1 } heading:
                    Error(heading, "Een kop met één # is niet toegestaan: de titel van de pagina is al de hoofdkop.", "Begin koppen met ## (en ### voor een tussenkop).");
                    break;
                case HtmlBlock block:
                    _rawHtml.Check(block);
                    break;
                case HtmlInline inline:
                    _rawHtml.Check(inline);
                    break;
            }
        }
    }

    private void CheckLink(LinkInline link)
    {
        var url = link.Url ?? "";
        if (link.IsImage && string.IsNullOrWhiteSpace(Label(link)))
        {
            Error(link, "Deze afbeelding heeft geen alt-tekst. Mensen die niet kunnen zien, weten dan niet wat erop staat.",
                "Schrijf tussen de [ ] wat de afbeelding laat zien: ![Beschrijving](/assets/...).");
        }

        if (link.IsImage && IsExternal(url))
        {
            Error(link, $"De afbeelding '{url}' is niet toegestaan: die staat op een andere website, en deze site laadt niets van andere websites (zo kan niemand bezoekers volgen).",
                "Zet de afbeelding in input/assets/ en link ernaar met een pad dat begint met /assets/.");
            return;
        }

        _links.Check(BodyPosition.Of(link), url);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private void Error(MarkdownObject node, string message, string fix) => _report.Error(BodyPosition.Of(node), message, fix);

    private static string Label(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
