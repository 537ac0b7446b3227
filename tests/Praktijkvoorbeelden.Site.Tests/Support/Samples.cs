using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Tests.Support;

/// <summary>
/// Small content records for unit tests of a single stage, so a test names only what it is about
/// and gets valid defaults for the rest.
/// </summary>
internal static class Samples
{
    public static SiteSettings Settings(string linkRoot = "", string host = "example.org") =>
        new() { Host = host, LinkRoot = SettingsCatalog.NormaliseLinkRoot(linkRoot), SiteTitle = "Testsite", SiteDescription = "Voor tests." };

    public static SourceFile File(string relativePath) =>
        new(relativePath, Path.Combine(Path.GetTempPath(), "pv-samples", relativePath), SourceOrigin.Input);

    public static Voorbeeld Voorbeeld(
        string slug,
        string? title = null,
        string[]? themes = null,
        string[]? targetGroups = null,
        string[]? workForms = null,
        string[]? municipalities = null,
        string? participationLevel = null,
        DateOnly? checkedOn = null,
        int? year = null,
        string[]? aliases = null,
        string body = "## Aanpak\n\nTekst.\n") =>
        new(
            File($"voorbeelden/{slug}.md"), slug, title ?? $"Titel van {slug}", $"Samenvatting van {slug}.", aliases ?? [], body, 10,
            Scale: municipalities is { Length: > 0 } ? "gemeente" : "landelijk",
            Municipalities: municipalities ?? [],
            Themes: themes ?? ["meedoen"],
            TargetGroups: targetGroups ?? [],
            ParticipationLevel: participationLevel,
            WorkForms: workForms ?? [],
            Year: year,
            Sources: [new Source("Een bron", "Een organisatie", "https://example.org/bron", new DateOnly(2015, 1, 1))],
            Contact: null,
            Status: "afgerond",
            Checked: checkedOn ?? new DateOnly(2026, 1, 1));

    public static Pagina Pagina(string slug, string body, int bodyLine = 4, string[]? aliases = null) =>
        new(File($"{slug}.md"), slug, $"Pagina {slug}", null, aliases ?? [], body, bodyLine, MenuOrder: null);

    public static Thema Thema(string slug, string[]? curated = null, string[]? aliases = null) =>
        new(File($"themas/{slug}.md"), slug, $"Thema {slug}", $"Over {slug}.", aliases ?? [], "Inleiding.", 7, 1, curated ?? [], new DateOnly(2026, 1, 1));
}
