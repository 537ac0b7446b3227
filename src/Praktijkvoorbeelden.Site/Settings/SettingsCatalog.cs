using System.Text.RegularExpressions;

namespace Praktijkvoorbeelden.Site.Settings;

/// <summary>One documented setting of statiq.json.</summary>
public sealed record SettingDefinition(
    string Name,
    string Type,
    string Default,
    string Description,
    Func<SiteSettings, System.Text.Json.JsonElement, SiteSettings?> Apply,
    string? Example = null);

/// <summary>
/// The one list of every setting. The loader, the reference page and the tests all read it, so
/// a setting cannot exist without being documented.
/// </summary>
public static partial class SettingsCatalog
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        Text("SiteTitle", "Praktijkvoorbeelden Jeugdzorg", "Naam van de site, in de kop van elke pagina en in de titel.", (s, v) => s with { SiteTitle = v }),
        Text("SiteDescription", "", "Korte beschrijving van de site, voor zoekmachines en de feed.", (s, v) => s with { SiteDescription = v }),
        Text("Host", "localhost", "Domeinnaam waarop de site staat, zonder https://. Nodig voor canonieke links, sitemap en feed.", (s, v) => s with { Host = v.Trim().TrimEnd('/') }),
        Flag("LinksUseHttps", true, "Gebruik https:// in volledige links (canonieke link, sitemap, feed).", (s, v) => s with { LinksUseHttps = v }),
        Text("LinkRoot", "", "Subpad als de site niet in de hoofdmap staat, bijvoorbeeld /pv. Leeg voor de hoofdmap.", (s, v) => s with { LinkRoot = NormaliseLinkRoot(v) }),
        Text("OutputPath", "output", "Map waarin de gebouwde site komt, vanaf de hoofdmap van de repository.", (s, v) => s with { OutputPath = v }),
        Flag("GenerateSitemap", true, "Maak sitemap.xml en robots.txt.", (s, v) => s with { GenerateSitemap = v }),
        Flag("GenerateSearchIndex", true, "Maak de zoekindex en de zoekmachine voor /zoeken/.", (s, v) => s with { GenerateSearchIndex = v }),
        Number("HomeNewestCount", 6, "Aantal nieuwe of bijgewerkte voorbeelden op de homepagina.", (s, v) => s with { HomeNewestCount = v }),
        Number("RelatedCount", 3, "Aantal verwante voorbeelden onder een voorbeeld.", (s, v) => s with { RelatedCount = v }),
        Text("Repository", "", "De GitHub-repository van de site, als eigenaar/naam. Dan komt de webeditor op /admin/, en security.txt wijst naar de plek om een beveiligingsprobleem te melden. Leeg: geen webeditor.",
            (s, v) => v.Length == 0 || RepositoryName().IsMatch(v) ? s with { Repository = v } : null) with
        { Type = "tekst: eigenaar/naam", Example = "\"eigenaar/naam\"" },
        Text("RepositoryBranch", "main", "De branch waarvoor de webeditor pull requests maakt.",
            (s, v) => v.Trim().Length > 0 ? s with { RepositoryBranch = v.Trim() } : null),
    ];

    /// <summary>GitHub's rules for owner/name.</summary>
    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    public static partial Regex RepositoryName();

    public static string NormaliseLinkRoot(string value)
    {
        var trimmed = value.Trim().Trim('/');
        return trimmed.Length == 0 ? "" : "/" + trimmed;
    }

    private static SettingDefinition Text(string name, string fallback, string description, Func<SiteSettings, string, SiteSettings?> apply) =>
        new(name, "tekst", fallback == "" ? "(leeg)" : fallback, description,
            (s, v) => v.ValueKind == System.Text.Json.JsonValueKind.String ? apply(s, v.GetString()!) : null);

    private static SettingDefinition Flag(string name, bool fallback, string description, Func<SiteSettings, bool, SiteSettings> apply) =>
        new(name, "true of false", fallback ? "true" : "false", description,
            (s, v) => v.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False ? apply(s, v.GetBoolean()) : null);

    private static SettingDefinition Number(string name, int fallback, string description, Func<SiteSettings, int, SiteSettings> apply) =>
        new(name, "getal", fallback.ToString(System.Globalization.CultureInfo.InvariantCulture), description,
            (s, v) => v.ValueKind == System.Text.Json.JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0 ? apply(s, n) : null);
}
