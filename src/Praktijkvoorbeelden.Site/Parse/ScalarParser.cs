using System.Globalization;
using Praktijkvoorbeelden.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Turns YAML scalars into typed values, with a Dutch message on every failure.</summary>
internal sealed class ScalarParser(string displayPath, int firstLine, DiagnosticBag diagnostics)
{
    public string DisplayPath => displayPath;

    public int Line(YamlNode node) => YamlReader.LineOf(node, firstLine);

    public void Error(YamlNode node, string message, string? fix = null) =>
        diagnostics.Error(displayPath, Line(node), YamlReader.ColumnOf(node), message, fix);

    public string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar && scalar.Value is { } value && !string.IsNullOrWhiteSpace(value))
        {
            return HasOnlyVisibleCharacters(key, node, value) ? value.Trim() : null;
        }

        Error(node, $"'{key}' moet een tekst zijn en mag niet leeg zijn.", $"Schrijf het zo: {key}: een tekst");
        return null;
    }

    public int? Number(string key, YamlNode node, int min, int max, string example)
    {
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Error(node, $"'{key}' moet een heel getal zijn van {min} tot en met {max}.", $"Schrijf het zo: {key}: {example}");
        return null;
    }

    public DateOnly? Date(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value } &&
            DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, $"'{key}' moet een datum zijn in de vorm JJJJ-MM-DD.", $"Schrijf het zo: {key}: 2026-11-25");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a list of one, as people write it.</summary>
    public List<(string Value, YamlNode Node)>? List(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                if (!HasOnlyVisibleCharacters(key, node, single))
                {
                    return null;
                }

                return [(single.Trim(), node)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        if (HasOnlyVisibleCharacters(key, item, value))
                        {
                            items.Add((value.Trim(), item));
                        }
                    }
                    else
                    {
                        Error(item, $"Elk item van '{key}' moet een tekst zijn.", $"Schrijf het zo: {key}: [waarde1, waarde2]");
                    }
                }

                return items;
            default:
                Error(node, $"'{key}' moet een lijst zijn.", $"Schrijf het zo: {key}: [waarde1, waarde2]");
                return null;
        }
    }

    /// <summary>
    /// Control characters (they come along when text is copied from Word or a pdf, or are written
    /// as "\x01" escapes) are invisible on the page and not allowed in XML, so the feed and the
    /// sitemap could not be written. Line breaks and tabs are fine.
    /// </summary>
    private bool HasOnlyVisibleCharacters(string key, YamlNode node, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (paired)
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\t')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                Error(node, $"In '{key}' staat een onzichtbaar stuurteken (U+{(int)c:X4}) op plaats {i + 1}.",
                    "Haal het weg: typ de tekst op die plek opnieuw. Zulke tekens komen vaak mee bij kopiëren uit Word of een pdf.");
                return false;
            }
        }

        return true;
    }
}
