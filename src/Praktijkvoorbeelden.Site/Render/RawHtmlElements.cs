using AngleSharp.Html.Parser;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>A link or image written as raw HTML, with where it starts in that piece of HTML (1-based).</summary>
/// <param name="Url">The href of an &lt;a&gt; or the src of an &lt;img&gt;; null when it has none.</param>
/// <param name="Alt">The alt text of an &lt;img&gt;; null when it has none.</param>
internal sealed record RawHtmlElement(string Tag, string? Url, string? Alt, int Line, int Column);

/// <summary>
/// Finds the links and images in raw HTML, so they get the same checks as Markdown links and
/// images: a page that exists, alt text. The HTML parser reads the HTML the way a browser does,
/// whatever the quotes, case or line breaks inside the tag.
/// </summary>
internal static class RawHtmlElements
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static IEnumerable<RawHtmlElement> In(string rawHtml)
    {
        var document = Parser.ParseDocument(rawHtml);
        foreach (var element in document.All.Where(e => e.LocalName is "a" or "img"))
        {
            var position = element.SourceReference?.Position;
            yield return new RawHtmlElement(
                element.LocalName,
                element.GetAttribute(element.LocalName == "a" ? "href" : "src"),
                element.GetAttribute("alt"),
                Math.Max(position?.Line ?? 1, 1),
                Math.Max(position?.Column ?? 1, 1));
        }
    }
}
