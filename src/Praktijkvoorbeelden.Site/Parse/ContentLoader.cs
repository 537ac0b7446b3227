using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// The parse and validate stage: vocabularies, then themes (which form the "themas"
/// vocabulary), then voorbeelden and pages in parallel, then the checks across files.
/// </summary>
public static class ContentLoader
{
    public static ContentSet Load(SourceSet sources, DiagnosticBag diagnostics)
    {
        var vocabularies = VocabularyLoader.Load(sources.Data, diagnostics);
        var addresses = Addresses(sources.Markdown, diagnostics);

        var themas = ParseAll<Thema>(addresses.Where(a => a.Kind == DocumentKind.Thema), vocabularies, diagnostics);
        // Every theme file is a valid theme slug, even one that failed to parse: no follow-up errors.
        var themeTitles = themas.ToDictionary(t => t.Slug, t => t, StringComparer.Ordinal);
        vocabularies = vocabularies.With(new Vocabulary("themas", addresses.Where(a => a.Kind == DocumentKind.Thema)
            .Select(a => themeTitles.TryGetValue(a.Slug, out var t) ? new Term(t.Slug, t.Title, t.Summary ?? "") : new Term(a.Slug, a.Slug, "")).ToList()));
        var voorbeelden = ParseAll<Voorbeeld>(addresses.Where(a => a.Kind == DocumentKind.Voorbeeld), vocabularies, diagnostics);
        var paginas = ParseAll<Pagina>(addresses.Where(a => a.Kind == DocumentKind.Pagina), vocabularies, diagnostics);

        var content = new ContentSet(voorbeelden, themas, paginas, vocabularies);
        CrossChecks.Run(content, addresses, sources.Assets, diagnostics);
        return content;
    }

    private static List<DocumentAddress> Addresses(IReadOnlyList<SourceFile> markdown, DiagnosticBag diagnostics)
    {
        var result = new List<DocumentAddress>();
        var bySitePath = new Dictionary<string, DocumentAddress>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in markdown.Select(DocumentAddress.Of))
        {
            if (!address.HasValidSlug)
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"De bestandsnaam '{address.Slug}' kan geen adres van een pagina worden.",
                    $"Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{Slugs.From(address.Slug)}.md'.");
                continue;
            }

            if (address.Kind == DocumentKind.Pagina && DocumentAddress.Reserved.Contains(address.Slug.Split('/')[0]))
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"Het adres /{address.Slug}/ is gereserveerd voor pagina's die de site zelf maakt.",
                    "Kies een andere bestandsnaam.");
                continue;
            }

            if (bySitePath.TryGetValue(address.SitePath, out var other))
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"Dit bestand krijgt hetzelfde adres ({address.SitePath}) als {other.File.DisplayPath}.",
                    "Geef een van beide bestanden een andere naam.");
                continue;
            }

            bySitePath[address.SitePath] = address;
            result.Add(address);
        }

        return result;
    }

    private static List<T> ParseAll<T>(IEnumerable<DocumentAddress> addresses, Vocabularies vocabularies, DiagnosticBag diagnostics)
        where T : Document
    {
        var parser = new DocumentParser(vocabularies, diagnostics);
        return addresses
            .AsParallel().AsOrdered()
            .Select(a => parser.Parse(a.File, a.Kind, a.Slug))
            .OfType<T>()
            .ToList();
    }
}
