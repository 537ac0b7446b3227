namespace Praktijkvoorbeelden.Site.Write;

/// <summary>
/// The file every build writes into its output, so a later build can tell its own output from a
/// folder with someone's files in it before it replaces the folder whole. It starts with a dot:
/// Netlify does not publish such files, and no page, sitemap or link check lists it.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".praktijkvoorbeelden-uitvoer";

    private const string Text =
        "Deze map is gemaakt door de build van Praktijkvoorbeelden Jeugdzorg.\n" +
        "Elke nieuwe build vervangt de hele map. Zet hier dus geen eigen bestanden neer.\n";

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>
    /// True when an earlier build made the folder: it has the marker file, or (output of a build
    /// from before the marker) this generator's own feed and metadata export, which a folder of
    /// someone's files would not have. Without that, every existing checkout's output/ was refused.
    /// </summary>
    public static bool IsIn(string folder) =>
        File.Exists(Path.Combine(folder, FileName)) ||
        (File.Exists(Path.Combine(folder, "feed.xml")) && File.Exists(Path.Combine(folder, "api", "voorbeelden.json")));
}
