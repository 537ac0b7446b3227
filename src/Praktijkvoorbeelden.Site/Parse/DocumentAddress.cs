using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Which kind of document a Markdown file is, and its slug, from where it lives.</summary>
internal sealed record DocumentAddress(SourceFile File, DocumentKind Kind, string Slug)
{
    /// <summary>Paths the pipeline generates itself; a plain page may not take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "voorbeelden", "themas", "gemeenten", "doelgroepen", "participatieniveaus", "werkvormen", "zoeken", "api", "assets", "admin", "404",
    };

    public string SitePath => Kind switch
    {
        DocumentKind.Voorbeeld => $"/voorbeelden/{Slug}/",
        DocumentKind.Thema => $"/themas/{Slug}/",
        _ => Slug == "index" ? "/" : $"/{Slug}/",
    };

    public static DocumentAddress Of(SourceFile file)
    {
        var withoutExtension = file.RelativePath[..^3];
        var parts = withoutExtension.Split('/');
        return parts switch
        {
            ["voorbeelden", var slug] => new(file, DocumentKind.Voorbeeld, slug),
            ["themas", var slug] => new(file, DocumentKind.Thema, slug),
            [.. var folders, "index"] when folders.Length > 0 => new(file, DocumentKind.Pagina, string.Join('/', folders)),
            _ => new(file, DocumentKind.Pagina, withoutExtension),
        };
    }

    public bool HasValidSlug => Slug.Split('/').All(Slugs.IsValid) || (Kind == DocumentKind.Pagina && Slug == "index");
}
