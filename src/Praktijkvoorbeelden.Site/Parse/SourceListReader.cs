using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Reads <c>bronnen</c>: a list of sources, each with titel, organisatie and optional url and datum.</summary>
internal sealed class SourceListReader(ScalarParser scalars)
{
    public List<Source>? Read(string key, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            scalars.Error(node, $"'{key}' moet een lijst met minstens één bron zijn.",
                $"Schrijf het zo:\n{key}:\n  - titel: Titel van de bron\n    organisatie: Wie hem uitgaf");
            return null;
        }

        var sources = new List<Source>();
        foreach (var item in sequence.Children)
        {
            if (ReadOne(item) is { } source)
            {
                sources.Add(source);
            }
        }

        return sources.Count == sequence.Children.Count ? sources : null;
    }

    private Source? ReadOne(YamlNode item)
    {
        if (item is not YamlMappingNode mapping)
        {
            scalars.Error(item, "Elke bron moet titel en organisatie hebben.", "Schrijf het zo:  - titel: ...\n    organisatie: ...");
            return null;
        }

        var allowed = FrontMatterSchema.Source.Select(f => f.Key).ToList();
        string? title = null, organisation = null, url = null;
        DateOnly? date = null;
        var ok = true;
        var misspelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "titel": title = scalars.Text("titel", valueNode); break;
                case "organisatie": organisation = scalars.Text("organisatie", valueNode); break;
                case "url": url = Url(valueNode); ok &= url is not null; break;
                case "datum": date = scalars.Date("datum", valueNode); ok &= date is not null; break;
                default:
                    scalars.Error(keyNode, $"Onbekende sleutel '{key}' in een bron.", Suggestions.DidYouMean(key, allowed));
                    if (Suggestions.Closest(key, allowed) is { } meant)
                    {
                        misspelled.Add(meant);
                    }

                    ok = false;
                    break;
            }
        }

        foreach (var missing in new[] { ("titel", title), ("organisatie", organisation) }.Where(p => p.Item2 is null))
        {
            // A key that is there but misspelled was already reported with its correction.
            if (!mapping.Children.ContainsKey(new YamlScalarNode(missing.Item1)) && !misspelled.Contains(missing.Item1))
            {
                scalars.Error(item, $"Deze bron mist '{missing.Item1}'.", $"Voeg toe: {missing.Item1}: ...");
            }
        }

        return ok && title is not null && organisation is not null ? new Source(title, organisation, url, date) : null;
    }

    private string? Url(YamlNode node)
    {
        var text = scalars.Text("url", node);
        if (text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return text;
        }

        if (text is not null)
        {
            scalars.Error(node, $"'{text}' is geen geldig webadres.", "Een webadres begint met https://");
        }

        return null;
    }
}
