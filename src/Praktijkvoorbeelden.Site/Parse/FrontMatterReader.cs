using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// Checks one front-matter block against the schema of its kind and reports every problem:
/// unknown keys (with a suggestion), missing keys, wrong types, values outside a vocabulary.
/// </summary>
internal sealed class FrontMatterReader(ScalarParser scalars, Vocabularies vocabularies)
{
    /// <summary>Far above the longest municipality name, and short enough for a file name on every system.</summary>
    private const int MaxNameLength = 100;

    public FieldValues Read(YamlNode root, IReadOnlyList<FieldDefinition> schema)
    {
        var values = new FieldValues();
        if (root is not YamlMappingNode mapping)
        {
            scalars.Error(root, "Bovenaan het bestand moeten gegevens staan als 'sleutel: waarde'.", "Zie het sjabloon: dotnet run --project src/Praktijkvoorbeelden -- new voorbeeld <naam>");
            return values;
        }

        var byKey = schema.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var misspelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!byKey.TryGetValue(key, out var field))
            {
                scalars.Error(keyNode, $"Onbekende sleutel '{key}'.", Suggestions.DidYouMean(key, byKey.Keys));
                misspelled.Add(Suggestions.Closest(key, byKey.Keys) ?? "");
                continue;
            }

            values.Position(key, scalars.Line(keyNode), YamlReader.ColumnOf(keyNode));
            if (valueNode is YamlScalarNode { Value: null or "" } && !field.Required)
            {
                continue; // an optional key left empty, as the template shows it
            }

            var value = ReadValue(field, valueNode);
            if (value is not null)
            {
                values.Set(key, value, scalars.Line(keyNode), YamlReader.ColumnOf(keyNode));
            }
        }

        // A misspelled key is reported once, as unknown with a suggestion, not also as missing.
        foreach (var field in schema.Where(f => f.Required && !values.Has(f.Key) && !misspelled.Contains(f.Key) && !mapping.Children.ContainsKey(new YamlScalarNode(f.Key))))
        {
            scalars.Error(root, $"De verplichte sleutel '{field.Key}' ontbreekt.", $"Voeg toe: {field.Key}: {field.Example}  ({field.Description})");
        }

        return values;
    }

    private object? ReadValue(FieldDefinition field, YamlNode node) => field.Type switch
    {
        FieldType.Text or FieldType.LongText => CheckLength(field, node, scalars.Text(field.Key, node)),
        FieldType.Number => scalars.Number(field.Key, node, 0, 10_000, field.Example),
        FieldType.Year => scalars.Number(field.Key, node, 1900, 2100, field.Example),
        FieldType.Date => scalars.Date(field.Key, node),
        FieldType.Choice => Choice(field, node),
        FieldType.ChoiceList => ChoiceList(field, node),
        FieldType.TextList => Names(field, node),
        FieldType.SlugList => Texts(field, node),
        FieldType.PathList => Paths(field, node),
        FieldType.Sources => new SourceListReader(scalars).Read(field.Key, node),
        _ => null,
    };

    private string? CheckLength(FieldDefinition field, YamlNode node, string? text)
    {
        if (text is not null && field.MaxLength > 0 && text.Length > field.MaxLength)
        {
            scalars.Error(node, $"'{field.Key}' is {text.Length} tekens lang; het maximum is {field.MaxLength}.", "Maak de tekst korter.");
            return null;
        }

        return text;
    }

    private string? Choice(FieldDefinition field, YamlNode node)
    {
        var text = scalars.Text(field.Key, node);
        return text is not null && IsKnown(field, text, node) ? text : null;
    }

    private List<string>? ChoiceList(FieldDefinition field, YamlNode node)
    {
        var items = scalars.List(field.Key, node);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0 && field.Required)
        {
            scalars.Error(node, $"'{field.Key}' mag niet leeg zijn.", $"Schrijf het zo: {field.Key}: {field.Example}");
            return null;
        }

        return items.Where(i => IsKnown(field, i.Value, i.Node)).Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    private List<string>? Texts(FieldDefinition field, YamlNode node) =>
        scalars.List(field.Key, node)?.Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Names such as gemeenten each get a page at a slug of the name, so the slug must be usable.</summary>
    private List<string>? Names(FieldDefinition field, YamlNode node)
    {
        var items = scalars.List(field.Key, node);
        if (items is null)
        {
            return null;
        }

        var ok = true;
        foreach (var (value, itemNode) in items)
        {
            if (value.Length > MaxNameLength)
            {
                scalars.Error(itemNode, $"Een naam bij '{field.Key}' is {value.Length} tekens lang; het maximum is {MaxNameLength}.", $"Schrijf het zo: {field.Key}: {field.Example}");
                ok = false;
            }
            else if (Slugs.From(value).Length == 0)
            {
                scalars.Error(itemNode, $"De naam '{value}' bij '{field.Key}' heeft geen letters of cijfers, dus er kan geen pagina voor komen.", $"Schrijf het zo: {field.Key}: {field.Example}");
                ok = false;
            }
        }

        return ok ? items.Select(i => i.Value).Distinct(StringComparer.Ordinal).ToList() : null;
    }

    private List<string>? Paths(FieldDefinition field, YamlNode node)
    {
        var items = scalars.List(field.Key, node);
        if (items is null)
        {
            return null;
        }

        var paths = new List<string>();
        foreach (var (value, itemNode) in items)
        {
            if (AliasRules.Check(value) is { } problem)
            {
                scalars.Error(itemNode, $"Het oude adres '{value}' kan niet: {problem}", "Schrijf een pad op deze site, zoals /voorbeelden/oude-naam/");
                continue;
            }

            paths.Add(AliasRules.Normalise(value));
        }

        return paths;
    }

    private bool IsKnown(FieldDefinition field, string value, YamlNode node)
    {
        var vocabulary = vocabularies[field.Vocabulary!];
        if (vocabulary.Find(value) is not null)
        {
            return true;
        }

        var what = field.Vocabulary == "themas" ? "thema" : "waarde";
        var where = field.Vocabulary == "themas" ? "input/themas/" : $"input/_data/{field.Vocabulary}.yml";
        scalars.Error(node, $"De {what} '{value}' bij '{field.Key}' bestaat niet in {where}.",
            Suggestions.DidYouMean(value, vocabulary.Terms.Select(t => t.Slug)));
        return false;
    }
}
