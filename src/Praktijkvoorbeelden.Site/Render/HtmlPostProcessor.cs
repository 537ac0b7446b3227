using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Works on the DOM of a rendered body: sanitizes it with the allow-list, gives headings stable
/// anchors, makes internal links work under LinkRoot and marks links to other websites.
/// </summary>
/// <param name="themeIds">Ids the layouts use themselves (such as "inhoud", the skip link's target): a
/// heading with that text gets "inhoud-2", so an id is never on a page twice.</param>
public sealed class HtmlPostProcessor(SiteSettings settings, IReadOnlySet<string> themeIds)
{
    public HtmlPostProcessor(SiteSettings settings)
        : this(settings, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    private static readonly HtmlParser Parser = new();

    public RenderedDocument Process(string html)
    {
        var document = Parser.ParseDocument($"<!doctype html><html><body>{html}</body></html>");
        ContentSanitizer.Shared.SanitizeDom(document, document.Body);
        var body = document.Body!;
        var plainText = Normalise(body.TextContent);
        var headings = AddHeadingAnchors(body);
        RewriteLinks(body);
        return new RenderedDocument(body.InnerHtml, plainText, headings);
    }

    private List<Heading> AddHeadingAnchors(IElement body)
    {
        var headings = new List<Heading>();
        var used = new HashSet<string>(themeIds, StringComparer.Ordinal);
        // A plain walk: a CSS selector string would be parsed again for every document.
        foreach (var heading in body.Descendants<IElement>().Where(e => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6").ToList())
        {
            var text = Normalise(heading.TextContent);
            var baseId = Slugs.From(text);
            baseId = baseId.Length == 0 ? "kop" : baseId;
            var id = baseId;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            heading.Id = id;
            headings.Add(new Heading(heading.LocalName[1] - '0', id, text));
        }

        return headings;
    }

    private void RewriteLinks(IElement body)
    {
        foreach (var element in body.Descendants<IElement>().Where(e => e.LocalName is "a" or "img").ToList())
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            if (element.GetAttribute(attribute) is not { } url)
            {
                continue;
            }

            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                element.SetAttribute(attribute, settings.Link(url));
            }
            else if (element.LocalName == "a" && url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                element.ClassList.Add("link--extern");
                element.SetAttribute("rel", "external noopener noreferrer");
                AddExternalNote(element);
            }
        }
    }

    /// <summary>
    /// Words in the link that say it leaves the site, visually hidden: a screen reader says them,
    /// sighted readers see the theme's icon (a.link--extern::after). The plain text for search is
    /// taken before this, so the words are never indexed.
    /// </summary>
    private static void AddExternalNote(IElement link)
    {
        var note = link.Owner!.CreateElement("span");
        note.ClassList.Add("pv-visually-hidden");
        note.TextContent = " (externe website)";
        link.AppendChild(note);
    }

    /// <summary>Collapses every run of white space into one space, in one pass.</summary>
    private static string Normalise(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }
}
