using System.Text;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Reference;

/// <summary>
/// docs/instellingen-en-velden.md: generated from the one list of settings and the one list of
/// front-matter keys, so the documentation is complete by construction. A test keeps the
/// committed file equal to what this produces.
/// </summary>
public static class ReferencePage
{
    public const string RelativePath = "docs/instellingen-en-velden.md";

    public static string Create()
    {
        var text = new StringBuilder();
        text.Append("# Instellingen en velden\n\n");
        text.Append("Dit bestand wordt gemaakt door `dotnet run --project src/Praktijkvoorbeelden -- reference`. Pas het niet met de hand aan.\n\n");
        text.Append("## Instellingen in statiq.json\n\n| Naam | Soort | Standaard | Uitleg |\n| --- | --- | --- | --- |\n");
        foreach (var s in SettingsCatalog.All)
        {
            text.Append($"| `{s.Name}` | {s.Type} | `{s.Default}` | {s.Description} |\n");
        }

        Fields(text, "Velden van een voorbeeld (`input/voorbeelden/<naam>.md`)", FrontMatterSchema.Voorbeeld);
        text.Append("\nElke bron in `bronnen` heeft deze velden:\n\n| Veld | Verplicht | Uitleg | Voorbeeld |\n| --- | --- | --- | --- |\n");
        foreach (var f in FrontMatterSchema.Source)
        {
            text.Append($"| `{f.Key}` | {(f.Required ? "ja" : "nee")} | {f.Description} | `{f.Example}` |\n");
        }

        Fields(text, "Velden van een thema (`input/themas/<naam>.md`)", FrontMatterSchema.Thema);
        Fields(text, "Velden van een gewone pagina (`input/<naam>.md`)", FrontMatterSchema.Pagina);
        return text.ToString();
    }

    private static void Fields(StringBuilder text, string title, IReadOnlyList<FieldDefinition> fields)
    {
        text.Append($"\n## {title}\n\n| Veld | Verplicht | Uitleg | Toegestane waarden | Voorbeeld |\n| --- | --- | --- | --- | --- |\n");
        foreach (var f in fields)
        {
            var allowed = f.Vocabulary switch
            {
                null => f.MaxLength > 0 ? $"tekst, max. {f.MaxLength} tekens" : TypeName(f.Type),
                "themas" => "namen van bestanden in `input/themas/`",
                var v => $"zie `input/_data/{v}.yml`",
            };
            text.Append($"| `{f.Key}` | {(f.Required ? "ja" : "nee")} | {f.Description} | {allowed} | `{f.Example}` |\n");
        }
    }

    private static string TypeName(FieldType type) => type switch
    {
        FieldType.Number => "heel getal",
        FieldType.Year => "jaartal",
        FieldType.Date => "datum JJJJ-MM-DD",
        FieldType.TextList => "lijst met teksten",
        FieldType.PathList => "lijst met paden die beginnen met /",
        FieldType.SlugList => "lijst met namen van voorbeelden",
        FieldType.Sources => "lijst met bronnen (zie hieronder)",
        _ => "tekst",
    };
}
