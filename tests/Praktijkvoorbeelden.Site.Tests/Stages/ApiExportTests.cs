using System.Text.Json;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>api/voorbeelden.json: all metadata as valid JSON under CC0, with ids that never change.</summary>
public sealed class ApiExportTests
{
    private static readonly Voorbeeld[] Voorbeelden =
    [
        Samples.Voorbeeld("groningen-interviews", title: "Groningen \"vraagt\" jongeren", municipalities: ["Groningen"], targetGroups: ["jongeren"],
            participationLevel: "raadplegen", workForms: ["interviews"], year: 2013, checkedOn: new DateOnly(2026, 11, 25)),
        Samples.Voorbeeld("friese-pleegouders", municipalities: ["Súdwest-Fryslân"], themes: ["pleegzorg", "meedoen"]),
        Samples.Voorbeeld("jij-meter"),
    ];

    [Fact]
    public void Is_valid_json_with_a_CC0_licence()
    {
        using var json = Export(Voorbeelden);

        var root = json.RootElement;
        Assert.Equal("CC0-1.0", root.GetProperty("licentie").GetString());
        Assert.StartsWith("https://creativecommons.org/publicdomain/zero/1.0/", root.GetProperty("licentieUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Has_every_voorbeeld_once_with_its_slug_as_id_and_its_absolute_url()
    {
        var settings = Samples.Settings("/pv");
        using var json = JsonDocument.Parse(ApiExport.Create(settings, Content(Voorbeelden)).Content);

        var items = json.RootElement.GetProperty("voorbeelden").EnumerateArray().ToList();
        Assert.Equal(Voorbeelden.Select(v => v.Slug).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()!));
        Assert.All(items, i => Assert.Equal(settings.AbsoluteUrl($"/voorbeelden/{i.GetProperty("id").GetString()}/"), i.GetProperty("url").GetString()));
    }

    [Fact]
    public void Carries_the_metadata_of_a_voorbeeld()
    {
        using var json = Export(Voorbeelden);

        var item = json.RootElement.GetProperty("voorbeelden").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "groningen-interviews");
        var source = Voorbeelden[0];
        Assert.Equal(source.Title, item.GetProperty("titel").GetString());
        Assert.Equal(source.Summary, item.GetProperty("samenvatting").GetString());
        Assert.Equal(source.Municipalities, Strings(item, "gemeenten"));
        Assert.Equal(source.Themes, Strings(item, "themas"));
        Assert.Equal(source.TargetGroups, Strings(item, "doelgroepen"));
        Assert.Equal(source.WorkForms, Strings(item, "werkvormen"));
        Assert.Equal(source.ParticipationLevel, item.GetProperty("participatieniveau").GetString());
        Assert.Equal(source.Year, item.GetProperty("jaar").GetInt32());
        Assert.Equal(source.Status, item.GetProperty("status").GetString());
        Assert.Equal("2026-11-25", item.GetProperty("bijgewerkt").GetString());
        var bron = Assert.Single(item.GetProperty("bronnen").EnumerateArray());
        Assert.Equal(source.Sources[0].Url, bron.GetProperty("url").GetString());
    }

    [Fact]
    public void Ids_do_not_change_when_a_title_or_the_file_order_changes()
    {
        var renamed = Voorbeelden.Select(v => v with { Title = "Nieuwe titel " + v.Title }).Reverse().ToArray();

        using var before = Export(Voorbeelden);
        using var after = Export(renamed);

        Assert.Equal(Ids(before), Ids(after));
    }

    [Fact]
    public void An_empty_collection_is_still_a_valid_export()
    {
        using var json = Export([]);

        Assert.Equal(0, json.RootElement.GetProperty("voorbeelden").GetArrayLength());
    }

    private static JsonDocument Export(Voorbeeld[] voorbeelden) =>
        JsonDocument.Parse(ApiExport.Create(Samples.Settings(), Content(voorbeelden)).Content);

    private static ContentSet Content(Voorbeeld[] voorbeelden) =>
        new(voorbeelden, [], [], new Vocabularies(new Dictionary<string, Vocabulary>(StringComparer.Ordinal)));

    private static List<string?> Ids(JsonDocument json) =>
        json.RootElement.GetProperty("voorbeelden").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

    private static List<string> Strings(JsonElement item, string name) =>
        item.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
