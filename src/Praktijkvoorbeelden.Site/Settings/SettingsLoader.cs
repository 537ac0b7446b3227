using System.Text.Json;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Settings;

/// <summary>Reads statiq.json into <see cref="SiteSettings"/>, reporting every problem in Dutch.</summary>
public static class SettingsLoader
{
    public const string FileName = "statiq.json";

    public static SiteSettings Load(string rootDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(rootDirectory, FileName);
        if (!File.Exists(path))
        {
            return new SiteSettings();
        }

        var text = File.ReadAllText(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            diagnostics.Error(FileName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "Dit is geen geldige JSON.", "Controleer komma's, aanhalingstekens en haakjes.");
            return new SiteSettings();
        }

        using (document)
        {
            return Apply(document.RootElement, text, diagnostics);
        }
    }

    private static SiteSettings Apply(JsonElement root, string text, DiagnosticBag diagnostics)
    {
        var settings = new SiteSettings();
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(FileName, 1, 1, "De instellingen moeten een JSON-object zijn: { \"SiteTitle\": \"...\" }.");
            return settings;
        }

        var byName = SettingsCatalog.All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var line = LineOf(text, $"\"{property.Name}\"");
            if (!byName.TryGetValue(property.Name, out var definition))
            {
                diagnostics.Error(FileName, line, 1, $"Onbekende instelling '{property.Name}'.",
                    Suggestions.DidYouMean(property.Name, byName.Keys));
                continue;
            }

            var applied = definition.Apply(settings, property.Value);
            if (applied is null)
            {
                diagnostics.Error(FileName, line, 1, $"'{property.Name}' moet een {definition.Type} zijn.",
                    $"Bijvoorbeeld: \"{property.Name}\": {Example(definition)}.");
                continue;
            }

            settings = applied;
        }

        return settings;
    }

    private static string Example(SettingDefinition definition) =>
        definition.Example ?? (definition.Type == "tekst" ? $"\"{definition.Default.Replace("(leeg)", "", StringComparison.Ordinal)}\"" : definition.Default);

    private static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;
    }
}
