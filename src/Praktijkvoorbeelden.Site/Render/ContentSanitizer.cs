using Ganss.Xss;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// The allow-list for HTML that comes from content (HtmlSanitizer, a well-kept library built on
/// AngleSharp). Only plain document markup survives: no script, no event handler, no iframe,
/// no form, no style attribute, links only to http(s) and mailto, and images only from this site
/// (an image from another host would tell that host who reads the page).
/// </summary>
public static class ContentSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "b", "i", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "img", "hr", "br", "abbr", "sup", "sub", "del", "ins",
        "dl", "dt", "dd", "figure", "figcaption", "span", "small", "mark", "q", "cite", "details", "summary",
    ];

    private static readonly string[] Attributes =
        ["href", "src", "alt", "title", "colspan", "rowspan", "scope", "lang", "start", "id", "class"];

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

    public static HtmlSanitizer Shared { get; } = Create();

    private static bool IsOtherHost(string url) =>
        url.TrimStart().StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal);
}
