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
        // YamlDotNet still counts U+0085, U+2028 and U+2029 as line breaks, as YAML 1.1 did; editors
        // and YAML 1.2 do not. Read as spaces, the line numbers match the file, and a title pasted
        // with one of them still reads well.
        yaml = yaml.Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
        try
        {
            var stream = Load(yaml);
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (RefusedYamlException e)
        {
            Report(displayPath, LineOf(e.Start, yaml, firstLine), (int)e.Start.Column, e.DutchMessage, diagnostics);
            return null;
        }
        catch (YamlException e)
        {
            Report(displayPath, LineOf(e.Start, yaml, firstLine), (int)e.Start.Column, Explain(e.InnerException?.Message ?? e.Message), diagnostics);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these without a position on some malformed input.
            Report(displayPath, FirstFailingLine(yaml) + firstLine - 1, 1, Explain(e.Message), diagnostics);
            return null;
        }
    }

    /// <summary>
    /// The file line of an error. At the end of the text YamlDotNet points one line past the last
    /// one; a file without a final line break has no such line, so point at the last line instead.
    /// </summary>
    private static int LineOf(Mark mark, string yaml, int firstLine)
    {
        var lastLine = firstLine + yaml.Count(c => c == '\n');
        return Math.Clamp((int)mark.Line + firstLine - 1, firstLine, lastLine);
    }

    private static void Report(string displayPath, int line, int column, string explanation, DiagnosticBag diagnostics) =>
        diagnostics.Error(displayPath, line, column, $"De gegevens bovenaan het bestand zijn geen geldige YAML: {explanation}",
            "Controleer inspringing, dubbele punten, haakjes en aanhalingstekens. Zet tekst met een dubbele punt tussen aanhalingstekens.");

    /// <summary>
    /// The first line at which parsing the lines so far fails: where the reader should look. Each
    /// try parses again from the top, so only the first lines are tried: front matter is short,
    /// and a hostile file of many thousands of lines must not keep the check busy for minutes.
    /// </summary>
    private static int FirstFailingLine(string yaml)
    {
        const int maxLinesTried = 300;
        var lines = yaml.Split('\n');
        for (var n = 1; n <= Math.Min(lines.Length, maxLinesTried); n++)
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
