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
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column,
                $"De gegevens bovenaan het bestand zijn geen geldige YAML: {Explain(e)}",
                "Controleer inspringing, dubbele punten en aanhalingstekens. Zet tekst met een dubbele punt tussen aanhalingstekens.");
            return null;
        }
    }

    /// <summary>The file line of a node, given the line where the YAML starts in the file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => (int)node.Start.Line + firstLine - 1;

    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;

    private static string Explain(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
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
