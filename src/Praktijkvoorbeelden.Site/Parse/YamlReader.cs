using Praktijkvoorbeelden.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// Parses YAML into YamlDotNet's representation model, which keeps the line and column of every
/// node, so each later message can point at the exact spot in the file.
/// </summary>
public static class YamlReader
{
    public static YamlNode? Parse(string yaml, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = Load(yaml);
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (RefusedYamlException e)
        {
            Report(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column, e.DutchMessage, diagnostics);
            return null;
        }
        catch (YamlException e)
        {
            Report(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column, Explain(e.InnerException?.Message ?? e.Message), diagnostics);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these without a position on some malformed input.
            Report(displayPath, FirstFailingLine(yaml) + firstLine - 1, 1, Explain(e.Message), diagnostics);
            return null;
        }
    }

    private static void Report(string displayPath, int line, int column, string explanation, DiagnosticBag diagnostics) =>
        diagnostics.Error(displayPath, line, column, $"De gegevens bovenaan het bestand zijn geen geldige YAML: {explanation}",
            "Controleer inspringing, dubbele punten, haakjes en aanhalingstekens. Zet tekst met een dubbele punt tussen aanhalingstekens.");

    /// <summary>The first line at which parsing the lines so far fails: where the reader should look.</summary>
    private static int FirstFailingLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            try
            {
                Load(string.Join('\n', lines[..n]));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                return n;
            }
        }

        return 1;
    }

    private static YamlStream Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new GuardedYamlParser(new Parser(new StringReader(yaml))));
        return stream;
    }

    /// <summary>The file line of a node, given the line where the YAML starts in the file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => (int)node.Start.Line + firstLine - 1;

    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;

    private static string Explain(string message)
    {
        if (message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) || message.Contains("same key", StringComparison.OrdinalIgnoreCase))
        {
            return "een sleutel staat er twee keer in.";
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "er staat een dubbele punt op een plek waar dat niet mag.";
        }

        return "de structuur klopt niet op deze plek.";
    }
}
