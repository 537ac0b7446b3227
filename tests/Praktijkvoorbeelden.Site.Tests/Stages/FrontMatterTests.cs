using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>The front matter between the --- lines becomes typed values, with positions that match the file.</summary>
public sealed class FrontMatterTests
{
    private const string File = "input/voorbeelden/x.md";

    private static readonly Vocabularies Vocabularies = new(new Dictionary<string, Vocabulary>(StringComparer.Ordinal)
    {
        ["themas"] = Vocabulary("themas", "meedoen", "pleegzorg"),
        ["doelgroepen"] = Vocabulary("doelgroepen", "jongeren", "ouders"),
        ["werkvormen"] = Vocabulary("werkvormen", "interviews", "panel"),
        ["participatieniveaus"] = Vocabulary("participatieniveaus", "informeren", "raadplegen"),
        ["schalen"] = Vocabulary("schalen", "gemeente", "landelijk"),
        ["statussen"] = Vocabulary("statussen", "lopend", "afgerond"),
    });

    private const string Valid = """
        titel: Een titel
        samenvatting: >-
          Een samenvatting
          over twee regels.
        schaal: gemeente
        gemeenten: [Súdwest-Fryslân, Groningen]
        themas: [meedoen]
        doelgroepen:
          - jongeren
          - ouders
        participatieniveau: raadplegen
        werkvormen: panel
        jaar: 2015
        bronnen:
          - titel: Een bron
            organisatie: Een organisatie
            url: https://example.org/bron
            datum: 2015-10-15
        status: afgerond
        bijgewerkt: 2026-11-25
        aliassen: [/oud/pad]
        """;

    [Fact]
    public void Splitter_separates_yaml_and_body_and_knows_where_each_starts()
    {
        var split = FrontMatterSplitter.Split("---\ntitel: A\nmenu: 2\n---\n## Kop\n\nTekst\n");

        Assert.NotNull(split);
        Assert.Equal("titel: A\nmenu: 2", split.Yaml);
        Assert.Equal(2, split.YamlLine);
        Assert.Equal("## Kop\n\nTekst\n", split.Body);
        Assert.Equal(5, split.BodyLine); // "## Kop" is on line 5 of the file
    }

    [Fact]
    public void Splitter_accepts_the_yaml_end_marker_and_trailing_spaces()
    {
        var split = FrontMatterSplitter.Split("---\ntitel: A\n...  \nTekst");

        Assert.NotNull(split);
        Assert.Equal("titel: A", split.Yaml);
        Assert.Equal("Tekst", split.Body);
    }

    [Theory]
    [InlineData("titel: A\n---\nTekst")]
    [InlineData("Tekst zonder gegevens")]
    [InlineData("---\ntitel: A\nzonder einde")]
    [InlineData(" ---\ntitel: A\n---\n")]
    public void Splitter_finds_no_front_matter_where_there_is_none(string text) =>
        Assert.Null(FrontMatterSplitter.Split(text));

    [Fact]
    public void A_horizontal_rule_in_the_body_stays_in_the_body()
    {
        var split = FrontMatterSplitter.Split("---\ntitel: A\n---\nBoven\n\n---\n\nOnder\n");

        Assert.NotNull(split);
        Assert.Equal("titel: A", split.Yaml);
        Assert.Contains("Onder", split.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_every_type_of_a_voorbeeld()
    {
        var (values, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("Een titel", values.Text("titel"));
        Assert.Equal("Een samenvatting over twee regels.", values.Text("samenvatting"));
        Assert.Equal(["Súdwest-Fryslân", "Groningen"], values.List("gemeenten"));
        Assert.Equal(["jongeren", "ouders"], values.List("doelgroepen")); // block list
        Assert.Equal(["panel"], values.List("werkvormen")); // a single value is a list of one
        Assert.Equal("raadplegen", values.OptionalText("participatieniveau"));
        Assert.Equal(2015, values.Number("jaar"));
        Assert.Equal(new DateOnly(2026, 11, 25), values.Date("bijgewerkt"));
        var source = Assert.Single(values.Sources("bronnen"));
        Assert.Equal(new Source("Een bron", "Een organisatie", "https://example.org/bron", new DateOnly(2015, 10, 15)), source);
        Assert.Equal(["/oud/pad/"], values.List("aliassen")); // compared with a trailing slash, as pages are served
    }

    [Fact]
    public void Positions_are_lines_of_the_file_not_of_the_yaml_block()
    {
        var (values, _) = Read(Valid);

        Assert.Equal((2, 1), values.PositionOf("titel")); // line 1 is the opening ---
        Assert.Equal(Valid.Split('\n').ToList().FindIndex(l => l.StartsWith("jaar:", StringComparison.Ordinal)) + 2, values.PositionOf("jaar").Line);
    }

    [Theory]
    [InlineData("jaar: 2015", "jaar: tweeduizend", "'jaar' moet een heel getal zijn van 1900 tot en met 2100")]
    [InlineData("jaar: 2015", "jaar: 1850", "'jaar' moet een heel getal zijn van 1900 tot en met 2100")]
    [InlineData("jaar: 2015", "jaar: 2015.5", "'jaar' moet een heel getal zijn")]
    [InlineData("bijgewerkt: 2026-11-25", "bijgewerkt: 25-11-2026", "'bijgewerkt' moet een datum zijn in de vorm JJJJ-MM-DD")]
    [InlineData("bijgewerkt: 2026-11-25", "bijgewerkt: 2026-02-30", "'bijgewerkt' moet een datum zijn in de vorm JJJJ-MM-DD")]
    [InlineData("datum: 2015-10-15", "datum: oktober 2015", "'datum' moet een datum zijn in de vorm JJJJ-MM-DD")]
    [InlineData("themas: [meedoen]", "themas: []", "'themas' mag niet leeg zijn")]
    [InlineData("themas: [meedoen]", "themas: {a: b}", "'themas' moet een lijst zijn")]
    [InlineData("url: https://example.org/bron", "url: javascript:alert(1)", "geen geldig webadres")]
    [InlineData("titel: Een titel", "titel: ''", "'titel' moet een tekst zijn en mag niet leeg zijn")]
    public void A_value_of_the_wrong_type_is_an_error_on_its_line(string original, string replacement, string message)
    {
        var yaml = Valid.Replace(original, replacement, StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains(replacement.Split(':')[0] + ":", StringComparison.Ordinal)) + 2;

        var (_, diagnostics) = Read(yaml);

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Equal(File, error.File);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void A_title_over_the_maximum_is_refused_with_its_length()
    {
        var title = new string('a', FrontMatterSchema.MaxTitleLength + 1);

        var (_, diagnostics) = Read(Valid.Replace("titel: Een titel", $"titel: {title}", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains($"{title.Length} tekens lang; het maximum is {FrontMatterSchema.MaxTitleLength}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_key_left_empty_is_no_error_and_no_value()
    {
        var (values, diagnostics) = Read(Valid.Replace("participatieniveau: raadplegen", "participatieniveau:", StringComparison.Ordinal));

        Assert.Empty(diagnostics.Items);
        Assert.Null(values.OptionalText("participatieniveau"));
    }

    [Fact]
    public void A_value_written_twice_in_a_list_counts_once()
    {
        var (values, diagnostics) = Read(Valid.Replace("themas: [meedoen]", "themas: [meedoen, pleegzorg, meedoen]", StringComparison.Ordinal));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["meedoen", "pleegzorg"], values.List("themas"));
    }

    [Fact]
    public void Every_wrong_vocabulary_value_in_a_list_is_reported_with_a_suggestion()
    {
        var (_, diagnostics) = Read(Valid.Replace("themas: [meedoen]", "themas: [medoen, plegzorg]", StringComparison.Ordinal));

        Assert.Collection(diagnostics.Items,
            e => Assert.Equal("Bedoelt u 'meedoen'?", e.Fix),
            e => Assert.Equal("Bedoelt u 'pleegzorg'?", e.Fix));
        Assert.All(diagnostics.Items, e => Assert.Equal(8, e.Line));
        Assert.True(diagnostics.Items[0].Column < diagnostics.Items[1].Column);
    }

    [Fact]
    public void An_unknown_key_in_a_source_is_reported_with_a_suggestion()
    {
        var (_, diagnostics) = Read(Valid.Replace("organisatie: Een organisatie", "organisatei: Een organisatie", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("Onbekende sleutel 'organisatei' in een bron", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bedoelt u 'organisatie'?", error.Fix);
    }

    private static (FieldValues Values, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Parse(yaml, 2, File, diagnostics);
        Assert.NotNull(root);
        var values = new FrontMatterReader(new ScalarParser(File, 2, diagnostics), Vocabularies).Read(root, FrontMatterSchema.Voorbeeld);
        return (values, diagnostics);
    }

    private static Vocabulary Vocabulary(string name, params string[] slugs) =>
        new(name, slugs.Select(s => new Term(s, s, "")).ToList());
}
