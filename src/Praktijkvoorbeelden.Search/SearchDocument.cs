namespace Praktijkvoorbeelden.Search;

/// <summary>
/// One voorbeeld as the site pipeline hands it to the index. Facet values are slugs from the
/// vocabularies; their Dutch labels travel separately in <see cref="IndexVocabulary"/>.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Url,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themas,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<string> Doelgroepen,
    string? Participatieniveau,
    IReadOnlyList<string> Werkvormen,
    int? Jaar,
    string Status);
