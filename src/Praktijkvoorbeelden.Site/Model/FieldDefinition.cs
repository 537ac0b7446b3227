namespace Praktijkvoorbeelden.Site.Model;

/// <summary>
/// One front-matter key. <see cref="Vocabulary"/> names the file in input/_data (without .yml)
/// whose slugs are allowed, or "themas" for the theme pages.
/// </summary>
public sealed record FieldDefinition(
    string Key,
    FieldType Type,
    bool Required,
    string Description,
    string Example,
    int MaxLength = 0,
    string? Vocabulary = null);
