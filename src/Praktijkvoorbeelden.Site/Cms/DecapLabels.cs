namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>
/// Dutch labels for the editor. The schema names keys, not labels; where the key is not clear
/// enough on its own, a label says what it means. Any other key is shown with a capital.
/// </summary>
internal static class DecapLabels
{
    private static readonly Dictionary<string, string> Clearer = new(StringComparer.Ordinal)
    {
        ["themas"] = "Thema's",
        ["bijgewerkt"] = "Laatst gecontroleerd op",
        ["aliassen"] = "Oude adressen",
        ["volgorde"] = "Plaats op de homepagina",
        ["voorbeelden"] = "Uitgelichte voorbeelden",
        ["menu"] = "Plaats in het menu",
        ["url"] = "Webadres",
        ["datum"] = "Datum van de bron",
    };

    public static string Of(string key) =>
        Clearer.TryGetValue(key, out var label) ? label : char.ToUpperInvariant(key[0]) + key[1..];
}
