using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// The allow-list for HTML that comes from content (HtmlSanitizer, a well-kept library built on
/// AngleSharp). Only plain document markup survives: no script, no event handler, no iframe,
/// no form, no style attribute, links only to http(s) and mailto, and images only from this site
/// (an image from another host would tell that host who reads the page). No id and no class
/// either: an id could take one the theme needs (id="inhoud" is the target of the skip link), and
/// the look comes from the theme. Heading anchors are added after sanitizing.
/// </summary>
public static partial class ContentSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "b", "i", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "img", "hr", "br", "abbr", "sup", "sub", "del", "ins",
        "dl", "dt", "dd", "figure", "figcaption", "span", "small", "mark", "q", "cite", "details", "summary",
    ];

    private static readonly string[] Attributes =
        ["href", "src", "alt", "title", "colspan", "rowspan", "scope", "lang", "start"];

    /// <summary>Creates a sanitizer; a shared one is safe to use from several threads once configured.</summary>
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.AllowDataAttributes = false;
        sanitizer.KeepChildNodes = true;
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && IsOtherHost(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    /// <summary>
    /// For a whole rendered body: the allow-list, plus the footnote anchors Markdig writes itself
    /// (id="fn:1" and id="fnref:1"), which its footnote links need. Raw HTML from the content is
    /// checked by <see cref="RawHtmlInspector"/> with <see cref="Create"/>, so an id written by a
    /// contributor is still refused.
    /// </summary>
    public static HtmlSanitizer Shared { get; } = KeepingFootnoteAnchors(Create());

    private static HtmlSanitizer KeepingFootnoteAnchors(HtmlSanitizer sanitizer)
    {
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name == "id" && FootnoteAnchor().IsMatch(e.Attribute.Value))
            {
                e.Cancel = true;
            }
        };
        return sanitizer;
    }

    [GeneratedRegex("^fn(ref)?:[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteAnchor();

    private static bool IsOtherHost(string url) =>
        url.TrimStart().StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal);
}
