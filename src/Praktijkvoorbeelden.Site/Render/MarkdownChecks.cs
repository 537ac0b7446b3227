using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Checks on the Markdown syntax tree, where every node still knows its line: links to pages
/// that do not exist, images without alt text, unsafe link targets and refused raw HTML, and for a
/// voorbeeld the order of its headings (a warning). It needs only the body, where it starts and
/// what kind of document it is, so it also runs on files whose front matter failed.
/// </summary>
internal sealed class MarkdownChecks
{
    private readonly DocumentKind _kind;
    private readonly BodyReport _report;
    private readonly LinkTargetCheck _links;
    private readonly RawHtmlChecks _rawHtml;
    private readonly List<BodyHeading> _headings = [];

    /// <param name="file">The file as the contributor finds it, e.g. "input/voorbeelden/x.md".</param>
    /// <param name="bodyLine">The line of the file on which the body starts.</param>
    public MarkdownChecks(string file, int bodyLine, DocumentKind kind, LinkTargets targets, DiagnosticBag diagnostics)
    {
        _kind = kind;
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
                case HeadingBlock { Level: 2 } heading:
                    _headings.Add(new BodyHeading(BodyPosition.Of(heading), Text(heading)));
                    break;
                case HtmlBlock block:
                    _rawHtml.Check(block);
                    break;
                case HtmlInline inline:
                    _rawHtml.Check(inline);
                    break;
            }
        }

        if (_kind == DocumentKind.Voorbeeld)
        {
            WarnAboutHeadingOrder();
        }
    }

    /// <summary>A warning, not an error: the page works, it only reads differently from the other voorbeelden.</summary>
    private void WarnAboutHeadingOrder()
    {
        var order = string.Join(", ", HeadingOrder.Known);
        foreach (var misplaced in HeadingOrder.Misplaced(_headings))
        {
            var heading = $"'## {misplaced.Heading.Text}'";
            _report.Warning(misplaced.Heading.At,
                $"De kop {heading} staat niet op de goede plek. In een voorbeeld staan deze koppen, als u ze gebruikt, in deze volgorde: {order}.",
                misplaced.Above is { } above
                    ? $"Zet {heading} en de tekst eronder boven '## {above}'."
                    : $"Zet {heading} en de tekst eronder na het deel '## {misplaced.After}'.");
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

    private static string Text(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
