using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>statiq.json: Statiq's setting names, Dutch messages for mistakes, a LinkRoot that always works.</summary>
public sealed class SettingsLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pv-settings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_every_setting_by_its_Statiq_name()
    {
        var (settings, diagnostics) = Load("""
            {
              "SiteTitle": "Mijn site",
              "SiteDescription": "Over jeugdhulp.",
              "Host": "voorbeelden.example.nl",
              "LinkRoot": "/pv",
              "OutputPath": "publiek",
              "GenerateSitemap": false,
              "GenerateSearchIndex": false,
              "HomeNewestCount": 4,
              "RelatedCount": 2,
              "LinksUseHttps": false
            }
            """);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("Mijn site", settings.SiteTitle);
        Assert.Equal("Over jeugdhulp.", settings.SiteDescription);
        Assert.Equal("voorbeelden.example.nl", settings.Host);
        Assert.Equal("/pv", settings.LinkRoot);
        Assert.Equal("publiek", settings.OutputPath);
        Assert.False(settings.GenerateSitemap);
        Assert.False(settings.GenerateSearchIndex);
        Assert.Equal(4, settings.HomeNewestCount);
        Assert.Equal(2, settings.RelatedCount);
        Assert.Equal("http://voorbeelden.example.nl/pv", settings.BaseUrl);
    }

    [Fact]
    public void Every_documented_setting_is_accepted_by_the_loader()
    {
        // The catalogue is the single list; a setting in it that the loader rejected would be a trap.
        foreach (var setting in SettingsCatalog.All)
        {
            var value = setting.Example ?? setting.Type switch
            {
                "tekst" => "\"x\"",
                "getal" => "1",
                _ => "true",
            };
            var (_, diagnostics) = Load($"{{ \"{setting.Name}\": {value} }}");
            Assert.True(diagnostics.Items.Count == 0, $"{setting.Name}: {string.Join("; ", diagnostics.Items)}");
        }
    }

    [Fact]
    public void Missing_file_gives_the_defaults_without_errors()
    {
        var diagnostics = new DiagnosticBag();

        var settings = SettingsLoader.Load(_root, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new SiteSettings(), settings);
    }

    [Fact]
    public void Unknown_setting_gets_a_Dutch_did_you_mean_on_its_line()
    {
        var (_, diagnostics) = Load("{\n  \"SiteTitle\": \"x\",\n  \"Linkroot\": \"/pv\"\n}");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("statiq.json", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("Onbekende instelling 'Linkroot'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u 'LinkRoot'?", error.Fix);
    }

    [Fact]
    public void Unknown_setting_far_from_any_name_lists_the_choices()
    {
        var (_, diagnostics) = Load("{ \"Kleur\": \"blauw\" }");

        var error = Assert.Single(diagnostics.Items);
        Assert.StartsWith("Kies uit:", error.Fix, StringComparison.Ordinal);
        Assert.All(SettingsCatalog.All, s => Assert.Contains(s.Name, error.Fix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"GenerateSitemap\": \"ja\" }", "'GenerateSitemap' moet een true of false zijn")]
    [InlineData("{ \"RelatedCount\": -1 }", "'RelatedCount' moet een getal zijn")]
    [InlineData("{ \"SiteTitle\": 3 }", "'SiteTitle' moet een tekst zijn")]
    public void Wrong_type_is_an_error_with_an_example(string json, string message)
    {
        var (settings, diagnostics) = Load(json);

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("Bijvoorbeeld:", error.Fix, StringComparison.Ordinal);
        Assert.Equal(new SiteSettings(), settings); // the wrong value is not half-applied
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var (_, diagnostics) = Load("{\n  \"SiteTitle\": \"x\"\n  \"Host\": \"y\"\n}");

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("geen geldige JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_as_people_write_them()
    {
        var (settings, diagnostics) = Load("{\n  // de naam\n  \"SiteTitle\": \"Met commentaar\",\n}");

        Assert.Empty(diagnostics.Items);
        Assert.Equal("Met commentaar", settings.SiteTitle);
    }

    [Theory]
    [InlineData("pv", "/pv")]
    [InlineData("/pv/", "/pv")]
    [InlineData(" /pv ", "/pv")]
    [InlineData("//pv//", "/pv")]
    [InlineData("/", "")]
    [InlineData("", "")]
    [InlineData("a/b/", "/a/b")]
    public void LinkRoot_is_normalised_so_links_never_get_a_double_or_missing_slash(string written, string expected)
    {
        var (settings, diagnostics) = Load($"{{ \"LinkRoot\": \"{written}\" }}");

        Assert.Empty(diagnostics.Items);
        Assert.Equal(expected, settings.LinkRoot);
        var link = settings.Link("/themas/x/");
        Assert.StartsWith(expected + "/themas/x/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("//", link, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_loses_a_trailing_slash_so_absolute_urls_stay_clean()
    {
        var (settings, _) = Load("{ \"Host\": \"example.org/\", \"LinkRoot\": \"pv\" }");

        Assert.Equal("https://example.org/pv/voorbeelden/x/", settings.AbsoluteUrl("/voorbeelden/x/"));
    }

    private (SiteSettings Settings, DiagnosticBag Diagnostics) Load(string json)
    {
        File.WriteAllText(Path.Combine(_root, SettingsLoader.FileName), json);
        var diagnostics = new DiagnosticBag();
        return (SettingsLoader.Load(_root, diagnostics), diagnostics);
    }
}
