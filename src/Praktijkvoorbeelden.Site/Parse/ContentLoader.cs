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
    public static ContentSet Load(SourceSet sources, DiagnosticBag diagnostics) => LoadAll(sources, diagnostics).Content;

    /// <summary>The content plus the bodies of every file that did not become a document, for the render checks.</summary>
    public static LoadedContent LoadAll(SourceSet sources, DiagnosticBag diagnostics)
    {
        var vocabularies = VocabularyLoader.Load(sources.Data, diagnostics);
        var unaddressed = new List<DocumentAddress>();
        var addresses = Addresses(sources.Markdown, diagnostics, unaddressed);

        var rejected = new List<RejectedDocument>();
        var themas = ParseAll<Thema>(addresses.Where(a => a.Kind == DocumentKind.Thema), vocabularies, diagnostics, rejected);
        // Every theme file is a valid theme slug, even one that failed to parse: no follow-up errors.
        var themeTitles = themas.ToDictionary(t => t.Slug, t => t, StringComparer.Ordinal);
        vocabularies = vocabularies.With(new Vocabulary("themas", addresses.Where(a => a.Kind == DocumentKind.Thema)
            .Select(a => themeTitles.TryGetValue(a.Slug, out var t) ? new Term(t.Slug, t.Title, t.Summary ?? "") : new Term(a.Slug, a.Slug, "")).ToList()));
        var voorbeelden = ParseAll<Voorbeeld>(addresses.Where(a => a.Kind == DocumentKind.Voorbeeld), vocabularies, diagnostics, rejected);
        var paginas = ParseAll<Pagina>(addresses.Where(a => a.Kind == DocumentKind.Pagina), vocabularies, diagnostics, rejected);
        rejected.AddRange(unaddressed.Select(a => BodyOf(a, diagnostics)).OfType<RejectedDocument>());

        var content = new ContentSet(voorbeelden, themas, paginas, vocabularies);
        CrossChecks.Run(content, addresses, sources.Assets, diagnostics);
        return new LoadedContent(content, rejected);
    }

    /// <summary>
    /// The body of a file whose name already failed: its front matter is not read (the name decides
    /// what kind of document it is), but its body can still be checked.
    /// </summary>
    private static RejectedDocument? BodyOf(DocumentAddress address, DiagnosticBag diagnostics) =>
        SourceText.TryRead(address.File, diagnostics, out var split) && split is not null
            ? new RejectedDocument(address.File, address.Kind, SitePath: null, split.Body, split.BodyLine)
            : null;

    /// <param name="unaddressed">Receives the files that cannot get their own address.</param>
    private static List<DocumentAddress> Addresses(IReadOnlyList<SourceFile> markdown, DiagnosticBag diagnostics, List<DocumentAddress> unaddressed)
    {
        var result = new List<DocumentAddress>();
        var bySitePath = new Dictionary<string, DocumentAddress>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in markdown.Select(DocumentAddress.Of))
        {
            if (!address.HasValidSlug)
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"De bestandsnaam '{address.Slug}' kan geen adres van een pagina worden.",
                    $"Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld '{Slugs.From(address.Slug)}.md'.");
                unaddressed.Add(address);
                continue;
            }

            if (address.Kind == DocumentKind.Pagina && DocumentAddress.Reserved.Contains(address.Slug.Split('/')[0]))
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"Het adres /{address.Slug}/ is gereserveerd voor pagina's die de site zelf maakt.",
                    "Kies een andere bestandsnaam.");
                unaddressed.Add(address);
                continue;
            }

            if (bySitePath.TryGetValue(address.SitePath, out var other))
            {
                diagnostics.Error(address.File.DisplayPath, 0, 0, $"Dit bestand krijgt hetzelfde adres ({address.SitePath}) als {other.File.DisplayPath}.",
                    "Geef een van beide bestanden een andere naam.");
                unaddressed.Add(address);
                continue;
            }

            bySitePath[address.SitePath] = address;
            result.Add(address);
        }

        return result;
    }

    private static List<T> ParseAll<T>(IEnumerable<DocumentAddress> addresses, Vocabularies vocabularies, DiagnosticBag diagnostics, List<RejectedDocument> rejected)
        where T : Document
    {
        var parser = new DocumentParser(vocabularies, diagnostics);
        var parsed = addresses
            .AsParallel().AsOrdered()
            .Select(parser.Parse)
            .ToList();
        rejected.AddRange(parsed.Select(p => p.Rejected).OfType<RejectedDocument>());
        return parsed.Select(p => p.Document).OfType<T>().ToList();
    }
}
