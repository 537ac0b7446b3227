using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Checks that need all documents: curated lists point at real voorbeelden, aliases collide with no page, file or other alias.</summary>
internal static class CrossChecks
{
    /// <summary>
    /// <paramref name="addresses"/> holds every Markdown file, also those that failed to parse: they
    /// still exist, so a curated list naming them is not wrong, and no alias may take their address.
    /// </summary>
    public static void Run(ContentSet content, IReadOnlyList<DocumentAddress> addresses, IReadOnlyList<SourceFile> assets, DiagnosticBag diagnostics)
    {
        var voorbeeldSlugs = addresses.Where(a => a.Kind == DocumentKind.Voorbeeld).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var thema in content.Themas)
        {
            foreach (var slug in thema.Curated.Where(s => !voorbeeldSlugs.Contains(s)))
            {
                diagnostics.Error(thema.File.DisplayPath, LineOf(thema, slug, "voorbeelden"), 1, $"Het voorbeeld '{slug}' in 'voorbeelden' bestaat niet in input/voorbeelden/.",
                    Suggestions.DidYouMean(slug, voorbeeldSlugs.Order(StringComparer.Ordinal)));
            }
        }

        CheckAliases(content, addresses.Select(a => a.SitePath), assets, diagnostics);
    }

    private static void CheckAliases(ContentSet content, IEnumerable<string> allDocumentPaths, IEnumerable<SourceFile> assets, DiagnosticBag diagnostics)
    {
        // Netlify matches redirect rules without regard to case, and a refresh page written as
        // "Over/index.html" replaces "over/index.html" on a file system without case: compare without case.
        var pages = allDocumentPaths.Append("/").Concat(DocumentAddress.Reserved.Select(r => $"/{r}/")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = pages.Select(AliasRules.FileOf).Concat(GeneratedFiles).Concat(assets.Select(a => "/" + a.RelativePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var aliasFiles = content.Documents.SelectMany(d => d.Aliases).Select(AliasRules.FileOf).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var claimedBy = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in content.Documents)
        {
            foreach (var alias in document.Aliases)
            {
                var file = AliasRules.FileOf(alias);
                if (pages.Contains(alias) || pages.Contains(AliasRules.PageOf(alias)) || IsDerivedPath(alias) || files.Contains(file) ||
                    Folders(file).Any(folder => files.Contains(folder) || aliasFiles.Contains(folder)))
                {
                    diagnostics.Error(document.File.DisplayPath, LineOf(document, alias, "aliassen"), 1,
                        $"Het oude adres '{alias}' is het adres van een bestaande pagina of een bestand van de site; doorsturen zou die onbereikbaar maken.",
                        "Haal dit adres weg uit 'aliassen'.");
                }
                else if (!claimedBy.TryAdd(AliasRules.PageOf(alias), document))
                {
                    diagnostics.Error(document.File.DisplayPath, LineOf(document, alias, "aliassen"), 1,
                        $"Het oude adres '{alias}' staat ook bij {claimedBy[AliasRules.PageOf(alias)].File.DisplayPath}.",
                        "Een oud adres kan maar naar één pagina doorsturen.");
                }
            }
        }
    }

    /// <summary>Files the build writes itself, outside the folders of <see cref="IsDerivedPath"/>.</summary>
    private static readonly string[] GeneratedFiles = ["/feed.xml", "/sitemap.xml", "/404.html", "/robots.txt"];

    /// <summary>"/a/b/index.html" lies in the folders "/a" and "/a/b"; none of them may be a file.</summary>
    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.IndexOf('/', 1); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            yield return file[..slash];
        }
    }

    /// <summary>Derived pages live under these folders; an alias there could shadow one now or later.</summary>
    private static bool IsDerivedPath(string alias) =>
        alias.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] &&
        first.ToLowerInvariant() is "gemeenten" or "doelgroepen" or "participatieniveaus" or "werkvormen" or "zoeken" or "api" or "assets" or "admin";

    /// <summary>
    /// The line where the value is written; values are normalised ("/oud" becomes "/oud/") or
    /// may be written with YAML escapes, so fall back to the line of the key, never to line 0.
    /// </summary>
    private static int LineOf(Document document, string value, string key)
    {
        var lines = File.ReadAllLines(document.File.FullPath);
        foreach (var candidate in new[] { value, value.TrimEnd('/') }.Where(c => c.Length > 0))
        {
            var index = Array.FindIndex(lines, l => l.Contains(candidate, StringComparison.Ordinal));
            if (index >= 0)
            {
                return index + 1;
            }
        }

        var keyIndex = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return keyIndex >= 0 ? keyIndex + 1 : 1;
    }
}
