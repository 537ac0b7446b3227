using System.Text.Json;
using System.Text.Json.Serialization;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// api/voorbeelden.json: all metadata for partners who reuse the collection, under CC0. The id is
/// the slug: it is the URL promise, so it is stable.
/// </summary>
public static class ApiExport
{
    public static GeneratedFile Create(SiteSettings settings, ContentSet content)
    {
        var export = new ApiDocument(
            Licentie: "CC0-1.0",
            LicentieUrl: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
            Toelichting: "Metadata van alle praktijkvoorbeelden. De teksten op de site vallen onder CC BY 4.0.",
            Voorbeelden: content.Voorbeelden.OrderBy(v => v.Slug, StringComparer.Ordinal).Select(v => new ApiVoorbeeld(
                v.Slug, settings.AbsoluteUrl(v.Path), v.Title, v.Summary ?? "", v.Scale, v.Municipalities, v.Themes, v.TargetGroups,
                v.ParticipationLevel, v.WorkForms, v.Year, v.Status, DutchDates.Iso(v.Checked),
                v.Sources.Select(s => new ApiBron(s.Title, s.Organisation, s.Url, s.Date is { } d ? DutchDates.Iso(d) : null)).ToList(),
                v.Contact)).ToList());
        return new GeneratedFile("api/voorbeelden.json", JsonSerializer.Serialize(export, ApiJson.Default.ApiDocument));
    }
}

public sealed record ApiDocument(string Licentie, string LicentieUrl, string Toelichting, IReadOnlyList<ApiVoorbeeld> Voorbeelden);

public sealed record ApiVoorbeeld(
    string Id, string Url, string Titel, string Samenvatting, string Schaal, IReadOnlyList<string> Gemeenten, IReadOnlyList<string> Themas,
    IReadOnlyList<string> Doelgroepen, string? Participatieniveau, IReadOnlyList<string> Werkvormen, int? Jaar, string Status,
    string Bijgewerkt, IReadOnlyList<ApiBron> Bronnen, string? Contact);

public sealed record ApiBron(string Titel, string Organisatie, string? Url, string? Datum);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiDocument))]
internal sealed partial class ApiJson : JsonSerializerContext;
