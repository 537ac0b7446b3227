using AngleSharp.Dom;

namespace Praktijkvoorbeelden.Site.Tests.Security;

/// <summary>
/// Lists everything in HTML that can run code, load from another host, restyle the page or send
/// a visitor elsewhere: scripts, on* handlers, javascript:/vbscript:/data: URLs, frames, objects,
/// styles, forms, meta refresh and base. A hostile build may show nothing the clean build does not.
/// </summary>
internal static class ActiveContent
{
    private static readonly HashSet<string> RiskyElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "link", "svg", "math",
        "form", "input", "button", "select", "textarea", "meta", "template", "portal", "isindex", "keygen", "marquee",
        "video", "audio", "source", "track", "map", "area", "noscript", "xmp", "plaintext", "noembed", "noframes",
    };

    private static readonly string[] UrlAttributes =
    [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping", "cite",
        "longdesc", "lowsrc", "dynsrc", "manifest", "codebase", "archive", "icon", "content",
    ];

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:", "livescript:", "mocha:"];

    // Head elements every page has; they differ per page but cannot run or load anything.
    private static readonly HashSet<string> PassiveLinkRelations = new(StringComparer.OrdinalIgnoreCase) { "canonical", "alternate" };

    /// <summary>Each finding with the page it is on, so a failure names the page and the construct.</summary>
    public static IEnumerable<(string Page, string Finding)> Of(IReadOnlyDictionary<string, IDocument> pages) =>
        pages.SelectMany(page => Of(page.Value.DocumentElement).Select(finding => (page.Key, finding)));

    public static IEnumerable<string> Of(IElement root)
    {
        foreach (var element in root.DescendantsAndSelf<IElement>())
        {
            var tag = element.LocalName;
            if (RiskyElements.Contains(tag) && !IsPassiveHeadElement(element))
            {
                yield return $"<{tag}> " + string.Join(' ', element.Attributes.Select(a => $"{a.Name}=\"{a.Value}\""))
                    + (tag is "script" or "style" && element.TextContent.Trim().Length > 0 ? " with inline code" : "");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    yield return $"event handler {name} on <{tag}>";
                }
                else if (name == "style")
                {
                    yield return $"style attribute on <{tag}>";
                }
                else if (UrlAttributes.Contains(name) && IsDangerousUrl(attribute.Value))
                {
                    yield return $"{name}=\"{attribute.Value}\" on <{tag}>";
                }
                else if (name is "src" or "srcset" or "data" or "poster" && IsOtherHost(attribute.Value))
                {
                    yield return $"resource from another host: {name}=\"{attribute.Value}\" on <{tag}>";
                }
            }
        }
    }

    private static bool IsPassiveHeadElement(IElement element) => element.LocalName switch
    {
        "meta" => !element.HasAttribute("http-equiv"),
        "link" => element.GetAttribute("rel") is { } rel && PassiveLinkRelations.Contains(rel),
        _ => false,
    };

    /// <summary>As a browser reads a URL: control characters and white space inside the scheme are ignored.</summary>
    public static bool IsDangerousUrl(string value)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\uFFFD').ToArray()).ToLowerInvariant();
        return DangerousSchemes.Any(s => squeezed.StartsWith(s, StringComparison.Ordinal) || squeezed.Contains("url=" + s, StringComparison.Ordinal));
    }

    private static bool IsOtherHost(string value)
    {
        var trimmed = value.Trim();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal) ||
               (trimmed.Contains(':', StringComparison.Ordinal) && !trimmed.StartsWith('/'));
    }
}
