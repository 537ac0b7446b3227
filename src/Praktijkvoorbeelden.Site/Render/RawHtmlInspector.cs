using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// Tells in Dutch what the sanitizer would remove from one piece of raw HTML, so a contributor
/// learns that their script or onclick was refused instead of seeing it vanish silently.
/// </summary>
public static partial class RawHtmlInspector
{
    public static IReadOnlyList<string> Inspect(string rawHtml)
    {
        var problems = new List<string>();
        var sanitizer = ContentSanitizer.Create();
        sanitizer.RemovingTag += (_, e) => problems.Add(TagMessage(e.Tag.LocalName));
        sanitizer.RemovingAttribute += (_, e) => problems.Add(AttributeMessage(e.Attribute.Name, e.Tag.LocalName));
        sanitizer.RemovingStyle += (_, e) => problems.Add($"opmaak met style ({e.Style.Name}) is niet toegestaan");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.Sanitize(rawHtml);

        // The HTML parser drops some tags before the sanitizer sees them (<frameset>, <html>, <body>),
        // so the tags as written are checked too.
        foreach (Match tag in OpeningTag().Matches(rawHtml))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (!sanitizer.AllowedTags.Contains(name))
            {
                problems.Add(TagMessage(name));
            }
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex OpeningTag();

    private static string TagMessage(string tag) => tag switch
    {
        "script" => "een <script> is niet toegestaan: scripts kunnen bezoekers schaden",
        "iframe" or "frame" or "frameset" or "object" or "embed" => $"een <{tag}> is niet toegestaan: de site toont geen inhoud van andere websites",
        "style" or "link" => $"een <{tag}> is niet toegestaan: de vormgeving komt uit het thema",
        "form" or "input" or "button" or "select" or "textarea" => $"een formulier-element <{tag}> is niet toegestaan",
        "svg" or "math" => $"een <{tag}> is niet toegestaan: gebruik een afbeelding met alt-tekst",
        _ => $"het element <{tag}> is niet toegestaan",
    };

    // The parser gives attribute names in lower case, whatever the contributor typed.
    private static string AttributeMessage(string attribute, string tag) => attribute switch
    {
        "src" when tag == "img" => "een afbeelding van een andere website is niet toegestaan: zet de afbeelding in input/assets/",
        _ when attribute.StartsWith("on", StringComparison.Ordinal) => $"het attribuut {attribute} op <{tag}> is niet toegestaan: het voert een script uit",
        "style" => $"het attribuut style op <{tag}> is niet toegestaan: de vormgeving komt uit het thema",
        "href" or "src" => $"de link in {attribute} op <{tag}> is niet toegestaan: alleen https://, http:// en mailto: mogen",
        "id" => $"het attribuut id op <{tag}> is niet toegestaan: een id kan botsen met de site zelf, en koppen krijgen vanzelf een anker",
        "class" => $"het attribuut class op <{tag}> is niet toegestaan: de vormgeving komt uit het thema",
        _ => $"het attribuut {attribute} op <{tag}> is niet toegestaan",
    };
}
