using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Model;

/// <summary>All parsed and cross-checked content of the site.</summary>
public sealed record ContentSet(
    IReadOnlyList<Voorbeeld> Voorbeelden,
    IReadOnlyList<Thema> Themas,
    IReadOnlyList<Pagina> Paginas,
    Vocabularies Vocabularies)
{
    public IEnumerable<Document> Documents => Voorbeelden.Cast<Document>().Concat(Themas).Concat(Paginas);
}
