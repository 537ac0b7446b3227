using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using YamlMap = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>
/// Maps one front-matter field of the schema to a Decap widget with the same required flag,
/// the same Dutch hint and, where Decap can check it, the same limits as the build.
/// </summary>
internal static class DecapFields
{
    // The ranges FrontMatterReader accepts for Number and Year fields.
    public const int MinNumber = 0;
    public const int MaxNumber = 10_000;
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static YamlMap From(FieldDefinition field, Vocabularies vocabularies)
    {
        var map = Base(field.Key, DecapLabels.Of(field.Key), field.Required, field.Description);
        switch (field.Type)
        {
            case FieldType.Text:
                map["widget"] = "string";
                AddMaxLength(map, field.MaxLength, "^.{0,%}$");
                break;
            case FieldType.LongText:
                map["widget"] = "text";
                AddMaxLength(map, field.MaxLength, "^[\\s\\S]{0,%}$");
                break;
            case FieldType.Number:
                Number(map, MinNumber, MaxNumber);
                break;
            case FieldType.Year:
                Number(map, MinYear, MaxYear);
                break;
            case FieldType.Date:
                Date(map);
                break;
            case FieldType.Choice or FieldType.ChoiceList:
                Select(map, field, vocabularies[field.Vocabulary!]);
                break;
            case FieldType.TextList:
                List(map, field.Required, Base("naam", "Naam", true, field.Description, "string"));
                break;
            case FieldType.PathList:
                var path = Base("adres", "Oud adres", true, "Een pad op deze site, zoals /voorbeelden/oude-naam/.", "string");
                path["pattern"] = new List<string> { AliasPattern, "Een oud adres begint met / en wijst naar een pagina op deze site." };
                List(map, field.Required, path);
                break;
            case FieldType.SlugList:
                List(map, field.Required, VoorbeeldRelation(field.Description));
                break;
            case FieldType.Sources:
                Sources(map, field.Required);
                break;
            default:
                throw new NotSupportedException($"No Decap widget for field type {field.Type}.");
        }

        return map;
    }

    /// <summary>The Markdown body, with the buttons for what the build accepts (no # heading, no raw HTML, no code blocks).</summary>
    public static YamlMap Body(string template)
    {
        var map = Base("body", "Tekst", true, "Gebruik de koppen Aanleiding, Aanpak, Resultaten, Lessen voor andere gemeenten en Meer weten. Geen HTML.", "markdown");
        map["buttons"] = new List<string> { "bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list" };
        map["editor_components"] = new List<string> { "image" };
        map["modes"] = new List<string> { "rich_text", "raw" };
        map["sanitize_preview"] = true;
        if (template.Length > 0)
        {
            map["default"] = template;
        }

        return map;
    }

    /// <summary>
    /// The rule of <see cref="AliasRules.Check"/> as a JavaScript regular expression: starts with one
    /// slash, no "." or ".." segment, no whitespace, control character or ? # * : ! " &lt; &gt; \.
    /// </summary>
    public const string AliasPattern = "^(?!//)(?!.*/\\.\\.?(/|$))/[^\\s\\x00-\\x1F\\x7F-\\x9F?#*:!\"<>\\\\]*$";

    private static YamlMap Base(string name, string label, bool required, string hint, string? widget = null)
    {
        // Every caller sets the widget; reserving its place keeps label, name and widget together.
        var map = new YamlMap { ["label"] = label, ["name"] = name, ["widget"] = widget, ["required"] = required };
        map["hint"] = hint;
        return map;
    }

    private static void AddMaxLength(YamlMap map, int maxLength, string template)
    {
        if (maxLength > 0)
        {
            map["pattern"] = new List<string> { template.Replace("%", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"Maximaal {maxLength} tekens." };
        }
    }

    private static void Number(YamlMap map, int min, int max)
    {
        map["widget"] = "number";
        map["value_type"] = "int";
        map["min"] = min;
        map["max"] = max;
    }

    private static void Date(YamlMap map)
    {
        map["widget"] = "datetime";
        map["format"] = "YYYY-MM-DD";
        map["date_format"] = "DD-MM-YYYY";
        map["time_format"] = false;
        map["picker_utc"] = true;
    }

    private static void Select(YamlMap map, FieldDefinition field, Vocabulary vocabulary)
    {
        map["widget"] = "select";
        map["multiple"] = field.Type == FieldType.ChoiceList;
        if (field.Type == FieldType.ChoiceList && field.Required)
        {
            map["min"] = 1;
        }

        map["options"] = vocabulary.Terms.Select(t => new YamlMap { ["label"] = t.Label, ["value"] = t.Slug }).ToList();
    }

    private static void List(YamlMap map, bool required, YamlMap item)
    {
        map["widget"] = "list";
        if (required)
        {
            map["min"] = 1;
        }

        map["field"] = item;
    }

    private static YamlMap VoorbeeldRelation(string hint)
    {
        var map = Base("voorbeeld", "Voorbeeld", true, hint, "relation");
        map["collection"] = "voorbeelden";
        map["value_field"] = "{{slug}}";
        map["search_fields"] = new List<string> { "titel" };
        map["display_fields"] = new List<string> { "titel" };
        return map;
    }

    private static void Sources(YamlMap map, bool required)
    {
        map["widget"] = "list";
        if (required)
        {
            map["min"] = 1;
        }

        map["summary"] = "{{fields.titel}} ({{fields.organisatie}})";
        map["fields"] = FrontMatterSchema.Source.Select(Source).ToList();
    }

    private static YamlMap Source(SourceFieldDefinition field)
    {
        var map = Base(field.Key, DecapLabels.Of(field.Key), field.Required, field.Description);
        switch (field.Type)
        {
            case FieldType.Date:
                Date(map);
                break;
            default:
                map["widget"] = "string";
                if (field.Key == "url")
                {
                    map["pattern"] = new List<string> { "^https?://\\S+$", "Een webadres begint met https://." };
                }

                break;
        }

        return map;
    }
}
