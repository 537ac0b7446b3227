using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>
/// The ids written as plain text in the layouts (id="inhoud", id="zoekveld"), read from the
/// templates in use, so the list never falls behind the theme. Ids made with Liquid are left out:
/// they cannot be known before the page is laid out.
/// </summary>
internal static partial class ThemeIds
{
    public static HashSet<string> Of(IEnumerable<SourceFile> templates) =>
        templates.SelectMany(t => StaticId().Matches(File.ReadAllText(t.FullPath)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\\sid=\"([^\"{}]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex StaticId();
}
