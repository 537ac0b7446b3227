using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Checks that need all documents: curated lists point at real voorbeelden, aliases collide with nothing.</summary>
internal static class CrossChecks
{
    /// <summary>
    /// <paramref name="addresses"/> holds every Markdown file, also those that failed to parse: they
    /// still exist, so a curated list naming them is not wrong, and no alias may take their address.
    /// </summary>
    public static void Run(ContentSet content, IReadOnlyList<DocumentAddress> addresses, DiagnosticBag diagnostics)
    {
        var voorbeeldSlugs = addresses.Where(a => a.Kind == DocumentKind.Voorbeeld).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var thema in content.Themas)
        {
            foreach (var slug in thema.Curated.Where(s => !voorbeeldSlugs.Contains(s)))
            {
                diagnostics.Error(thema.File.DisplayPath, LineOf(thema, slug), 1, $"Het voorbeeld '{slug}' in 'voorbeelden' bestaat niet in input/voorbeelden/.",
                    Suggestions.DidYouMean(slug, voorbeeldSlugs.Order(StringComparer.Ordinal)));
            }
        }

        CheckAliases(content, addresses.Select(a => a.SitePath), diagnostics);
    }

    private static void CheckAliases(ContentSet content, IEnumerable<string> allDocumentPaths, DiagnosticBag diagnostics)
    {
        var pages = allDocumentPaths.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var reserved in DocumentAddress.Reserved)
        {
            pages.Add($"/{reserved}/");
        }

        var claimedBy = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in content.Documents)
        {
            foreach (var alias in document.Aliases)
            {
                if (pages.Contains(alias) || IsDerivedPath(alias))
                {
                    diagnostics.Error(document.File.DisplayPath, LineOf(document, alias), 1,
                        $"Het oude adres '{alias}' is het adres van een bestaande pagina; doorsturen zou die pagina onbereikbaar maken.",
                        "Haal dit adres weg uit 'aliassen'.");
                }
                else if (!claimedBy.TryAdd(alias, document))
                {
                    diagnostics.Error(document.File.DisplayPath, LineOf(document, alias), 1,
                        $"Het oude adres '{alias}' staat ook bij {claimedBy[alias].File.DisplayPath}.",
                        "Een oud adres kan maar naar één pagina doorsturen.");
                }
            }
        }
    }

    /// <summary>Derived pages live under these folders; an alias there could shadow one now or later.</summary>
    private static bool IsDerivedPath(string alias) =>
        alias.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] &&
        first is "gemeenten" or "doelgroepen" or "participatieniveaus" or "werkvormen" or "zoeken" or "api" or "assets" or "admin";

    private static int LineOf(Document document, string value)
    {
        var lines = File.ReadAllLines(document.File.FullPath);
        var index = Array.FindIndex(lines, l => l.Contains(value, StringComparison.Ordinal));
        return index + 1;
    }
}
