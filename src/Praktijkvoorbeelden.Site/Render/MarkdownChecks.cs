using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Checks on the Markdown syntax tree, where every node still knows its line: links to pages
/// that do not exist, images without alt text, unsafe link targets and refused raw HTML. It needs
/// only the body and where it starts, so it also runs on files whose front matter failed.
/// </summary>
/// <param name="file">The file as the contributor finds it, e.g. "input/voorbeelden/x.md".</param>
/// <param name="bodyLine">The line of the file on which the body starts.</param>
internal sealed class MarkdownChecks(string file, int bodyLine, LinkTargets targets, DiagnosticBag diagnostics)
{
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
                    CheckTarget(autolink, autolink.Url);
                    break;
                case HeadingBlock { Level: 1 } heading:
                    Error(heading, "Een kop met één # is niet toegestaan: de titel van de pagina is al de hoofdkop.", "Begin koppen met ## (en ### voor een tussenkop).");
                    break;
                case HtmlBlock block:
                    CheckRawHtml(block, string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString())));
                    break;
                case HtmlInline inline:
                    CheckRawHtml(inline, inline.Tag);
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

        CheckTarget(link, url);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private void CheckTarget(Inline link, string url)
    {
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return;
        }

        var scheme = url.Contains(':', StringComparison.Ordinal) ? url[..url.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant() : "";
        if (scheme is "http" or "https" or "mailto")
        {
            return;
        }

        if (scheme.Length > 0 || url.StartsWith("//", StringComparison.Ordinal))
        {
            Error(link, $"De link '{url}' is niet toegestaan.", "Gebruik een link die begint met https:// of een pad op deze site dat begint met /.");
            return;
        }

        if (!url.StartsWith('/'))
        {
            Error(link, $"De link '{url}' is een relatief pad; dat werkt niet op elke plek van de site.",
                "Schrijf het volledige pad vanaf de hoofdmap, bijvoorbeeld /voorbeelden/naam/.");
            return;
        }

        var path = url.Split('#', '?')[0];
        var normalised = System.IO.Path.HasExtension(path) ? path : path.TrimEnd('/') + "/";
        if (!targets.Exists(normalised))
        {
            var guess = targets.Closest(normalised);
            Error(link, $"De link '{url}' wijst naar een pagina die niet bestaat.",
                guess is not null ? $"Bedoelt u '{guess}'?" : "Controleer de naam van het voorbeeld of thema.");
        }
    }

    private void CheckRawHtml(MarkdownObject node, string raw)
    {
        foreach (var problem in RawHtmlInspector.Inspect(raw))
        {
            Error(node, $"HTML in de tekst is geweigerd: {problem}.", "Gebruik gewone Markdown, zonder HTML.");
        }
    }

    private void Error(MarkdownObject node, string message, string fix) =>
        diagnostics.Error(file, bodyLine + node.Line, node.Column + 1, message, fix);

    private static string Label(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
