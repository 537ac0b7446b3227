using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Validation;

/// <summary>Every error class of CONTENT.md gives a Dutch message with file, line and a fix.</summary>
public sealed class ContentErrorTests : IDisposable
{
    private const string Example = "voorbeelden/eerste-voorbeeld.md";
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unknown_key_is_reported_with_a_did_you_mean()
    {
        _site.Replace(Example, "samenvatting:", "samenvating:");

        var error = SingleError();

        Assert.Equal("input/voorbeelden/eerste-voorbeeld.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("Onbekende sleutel 'samenvating'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bedoelt u 'samenvatting'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_key_names_the_key_and_how_to_add_it()
    {
        _site.Replace(Example, "status: afgerond\n", "");

        var error = SingleError();

        Assert.Contains("verplichte sleutel 'status' ontbreekt", error.Message, StringComparison.Ordinal);
        Assert.Contains("status:", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_vocabulary_value_points_at_the_value_with_a_suggestion()
    {
        _site.Replace(Example, "doelgroepen: [jongeren]", "doelgroepen: [jongren]");

        var error = SingleError();

        Assert.Equal(7, error.Line);
        Assert.Contains("'jongren'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/_data/doelgroepen.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bedoelt u 'jongeren'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_that_does_not_exist_is_an_error()
    {
        _site.Replace(Example, "themas: [meedoen]", "themas: [meedoe]");

        var error = SingleError();

        Assert.Contains("thema 'meedoe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/themas/", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bedoelt u 'meedoen'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_one_address_are_an_error()
    {
        _site.Write("over/index.md", "---\ntitel: Nog een over\n---\nTekst.\n");

        var error = SingleError();

        Assert.Contains("hetzelfde adres (/over/)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_that_collides_with_a_page_is_an_error()
    {
        _site.Replace(Example, "aliassen: [/oud/eerste/]", "aliassen: [/voorbeelden/tweede-voorbeeld/]");

        var error = SingleError();

        Assert.Contains("adres van een bestaande pagina", error.Message, StringComparison.Ordinal);
        Assert.Equal(19, error.Line);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/../etc/")]
    public void Alias_can_never_point_off_site(string alias)
    {
        _site.Replace(Example, "aliassen: [/oud/eerste/]", $"aliassen: ['{alias}']");

        var error = SingleError();

        Assert.Contains($"Het oude adres '{alias}' kan niet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_line_and_column()
    {
        _site.Replace(Example, "jaar: 2015", "jaar: [2015");

        var error = SingleError();

        Assert.Contains("geen geldige YAML", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 10, 12);
        Assert.True(error.Column > 0);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<p onclick=\"alert(1)\">Klik</p>", "onclick")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe>")]
    public void Raw_html_that_is_not_allowed_is_refused_with_what_was_removed(string html, string named)
    {
        _site.Replace(Example, "## Aanleiding", $"{html}\n\n## Aanleiding");

        var error = SingleError();

        Assert.Contains("HTML in de tekst is geweigerd", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(21, error.Line);
    }

    [Fact]
    public void Link_to_a_page_that_does_not_exist_is_an_error_with_a_suggestion()
    {
        _site.Replace(Example, "(/voorbeelden/tweede-voorbeeld/)", "(/voorbeelden/tweede-voorbeld/)");

        var error = SingleError();

        Assert.Contains("wijst naar een pagina die niet bestaat", error.Message, StringComparison.Ordinal);
        Assert.Contains("/voorbeelden/tweede-voorbeeld/", error.Fix, StringComparison.Ordinal);
        Assert.Equal(27, error.Line);
    }

    [Fact]
    public void Raw_html_link_to_a_page_that_does_not_exist_names_the_source_line_with_a_suggestion()
    {
        _site.Replace(Example, "[het tweede voorbeeld](/voorbeelden/tweede-voorbeeld/)", "<a href=\"/voorbeelden/tweede-voorbeld/\">het tweede voorbeeld</a>");

        var error = SingleError();

        Assert.Equal(("input/voorbeelden/eerste-voorbeeld.md", 27, 9), (error.File, error.Line, error.Column));
        Assert.Contains("wijst naar een pagina die niet bestaat", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u '/voorbeelden/tweede-voorbeeld/'?", error.Fix);
    }

    [Fact]
    public void Raw_html_image_without_alt_text_is_an_error()
    {
        _site.Write("assets/foto.png", "png");
        _site.Replace(Example, "## Aanleiding", "<img src=\"/assets/foto.png\">\n\n## Aanleiding");

        var error = SingleError();

        Assert.Equal(21, error.Line);
        Assert.Contains("geen alt-tekst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_without_alt_text_is_an_error()
    {
        _site.Write("assets/foto.png", "png");
        _site.Replace(Example, "## Aanleiding", "![](/assets/foto.png)\n\n## Aanleiding");

        var error = SingleError();

        Assert.Contains("geen alt-tekst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_is_not_utf8_is_reported_with_its_line()
    {
        var path = Path.Combine(_site.Input, Example);
        var bytes = File.ReadAllBytes(path).ToList();
        bytes.InsertRange(bytes.IndexOf((byte)'\n') + 1, [(byte)'#', (byte)' ', 0xEB, (byte)'\n']); // "ë" in Windows-1252
        File.WriteAllBytes(path, [.. bytes]);

        var error = SingleError();

        Assert.Contains("niet opgeslagen als UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        _site.Replace(Example, "samenvatting:", "samenvating:");
        _site.Replace("voorbeelden/tweede-voorbeeld.md", "status: lopend", "status: bezig");
        _site.Replace("themas/meedoen.md", "volgorde: 1", "volgorde: eerst");

        var errors = _site.Build().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.True(errors.Count == 3, string.Join("\n", errors)); // one per broken file, no follow-up errors
        Assert.Equal(3, errors.Select(e => e.File).Distinct().Count());
    }

    [Fact]
    public void Front_matter_errors_do_not_hide_a_broken_link_or_an_image_without_alt_in_other_files()
    {
        _site.Replace(Example, "samenvatting:", "samenvating:");
        _site.Replace("themas/meedoen.md", "volgorde: 1", "volgorde: eerst");
        _site.Replace("voorbeelden/tweede-voorbeeld.md", "in een panel.", "in [een panel](/voorbeelden/derde-voorbeeld/).");
        _site.Write("assets/foto.png", "png");
        _site.Replace("over.md", "De redactie.", "![](/assets/foto.png)");

        var errors = Errors();

        // The theme's body links to eerste-voorbeeld, whose front matter failed: that page will exist, so no follow-up error.
        Assert.Collection(
            errors,
            e => Assert.Equal(("input/over.md", 7, true), (e.File, e.Line, e.Message.Contains("geen alt-tekst", StringComparison.Ordinal))),
            e => Assert.Equal(("input/themas/meedoen.md", 4, true), (e.File, e.Line, e.Message.Contains("'volgorde'", StringComparison.Ordinal))),
            e => Assert.Equal(("input/voorbeelden/eerste-voorbeeld.md", 3, true), (e.File, e.Line, e.Message.Contains("Onbekende sleutel", StringComparison.Ordinal))),
            e => Assert.Equal(("input/voorbeelden/tweede-voorbeeld.md", 16, true), (e.File, e.Line, e.Message.Contains("'/voorbeelden/derde-voorbeeld/' wijst naar een pagina die niet bestaat", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_broken_front_matter_does_not_hide_a_script_or_a_broken_link_in_its_own_body()
    {
        _site.Replace(Example, "samenvatting:", "samenvating:");
        _site.Replace(Example, "## Aanleiding", "<script>alert(1)</script>\n\n## Aanleiding");
        _site.Replace(Example, "(/voorbeelden/tweede-voorbeeld/)", "(/voorbeelden/tweede-voorbeld/)");

        var errors = Errors();

        Assert.All(errors, e => Assert.Equal("input/voorbeelden/eerste-voorbeeld.md", e.File));
        Assert.Equal([3, 21, 29], errors.Select(e => e.Line));
        Assert.Contains("<script>", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u '/voorbeelden/tweede-voorbeeld/'?", errors[2].Fix);
    }

    [Fact]
    public void A_link_to_a_gemeente_page_is_not_reported_while_the_voorbeeld_that_makes_it_has_a_broken_front_matter()
    {
        _site.Replace(Example, "samenvatting:", "samenvating:"); // the only voorbeeld with gemeenten: [Voorbeeldstad]
        _site.Replace("over.md", "De redactie.", "Zie [Voorbeeldstad](/gemeenten/voorbeeldstad/).");

        var error = SingleError();

        Assert.Contains("Onbekende sleutel 'samenvating'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_cannot_be_a_page_still_gets_its_body_checked()
    {
        _site.Write("voorbeelden/Nieuw.md", "---\ntitel: Nieuw\n---\n## Aanpak\n\n<iframe src=\"https://example.org\"></iframe>\n");

        var errors = Errors();

        Assert.All(errors, e => Assert.Equal("input/voorbeelden/Nieuw.md", e.File));
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("De bestandsnaam 'Nieuw'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(6, errors[1].Line);
        Assert.Contains("<iframe>", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_out_of_order_are_a_warning_and_the_site_is_still_built()
    {
        _site.Replace(Example, "## Aanleiding", "## Resultaten");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "input/voorbeelden/eerste-voorbeeld.md", 25), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("'## Aanpak'", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Output, "voorbeelden", "eerste-voorbeeld", "index.html")));
    }

    [Fact]
    public void Any_error_leaves_the_previous_output_untouched()
    {
        _site.BuildSucceeded();
        var before = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        _site.Replace(Example, "titel: Voorbeeldstad praat met jongeren", "titel: Nieuwe titel");
        _site.Replace("voorbeelden/tweede-voorbeeld.md", "status: lopend", "status: bezig");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var after = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        Assert.Equal(before, after);
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.building-*"));
    }

    private List<Diagnostic> Errors()
    {
        var result = _site.Build();
        Assert.False(result.Succeeded);
        return result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    private Diagnostic SingleError()
    {
        var result = _site.Build();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }
}
