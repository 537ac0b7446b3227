using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Scaffold;
using YamlMap = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>The three editable collections: voorbeelden, themas and plain pages, each with its schema's fields plus the body.</summary>
internal static class DecapCollections
{
    public static List<YamlMap> All(Vocabularies vocabularies) =>
    [
        Folder("voorbeelden", "Praktijkvoorbeelden", "Praktijkvoorbeeld", "input/voorbeelden", "voorbeelden/{{slug}}/",
            "Goede voorbeelden uit de jeugdhulp. Elk feit komt uit een bron. Noem geen personen.",
            FrontMatterSchema.Voorbeeld, vocabularies, VoorbeeldBody(vocabularies)),
        Folder("themas", "Thema's", "Thema", "input/themas", "themas/{{slug}}/",
            "Themapagina's met een inleiding en uitgelichte voorbeelden.",
            FrontMatterSchema.Thema, vocabularies, ""),
        Folder("paginas", "Pagina's", "Pagina", "input", "{{slug}}/",
            "Gewone pagina's, zoals Over deze site en Privacy.",
            FrontMatterSchema.Pagina, vocabularies, ""),
    ];

    private static YamlMap Folder(
        string name, string label, string singular, string folder, string previewPath, string description,
        IReadOnlyList<FieldDefinition> schema, Vocabularies vocabularies, string bodyTemplate)
    {
        var fields = schema.Select(f => DecapFields.From(f, vocabularies)).ToList();
        fields.Add(DecapFields.Body(bodyTemplate));
        return new YamlMap
        {
            ["name"] = name,
            ["label"] = label,
            ["label_singular"] = singular,
            ["description"] = description,
            ["folder"] = folder,
            ["extension"] = "md",
            ["format"] = "frontmatter",
            ["create"] = true,
            // The URL of a page is a promise: removing a page is a reviewer's decision in Git, not a button.
            ["delete"] = false,
            ["slug"] = "{{slug}}",
            ["identifier_field"] = "titel",
            ["summary"] = "{{titel}}",
            ["preview_path"] = previewPath,
            ["sortable_fields"] = schema.Where(f => f.Key == "titel" || f.Type is FieldType.Date or FieldType.Year or FieldType.Number)
                .Select(f => f.Key).ToList(),
            ["fields"] = fields,
        };
    }

    /// <summary>The same headings and prompts as `new voorbeeld` writes, so both ways start alike.</summary>
    private static string VoorbeeldBody(Vocabularies vocabularies) =>
        FrontMatterSplitter.Split(VoorbeeldTemplate.Create(vocabularies, DateOnly.MinValue))?.Body.Trim() ?? "";
}
