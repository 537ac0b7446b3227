using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Tests.Security;

/// <summary>
/// Hostile Markdown bodies go through the real pipeline. Each known XSS vector is refused with a
/// Dutch message naming the file and line; nothing active reaches any page; and the sanitizer
/// alone would also have removed it.
/// </summary>
public sealed class XssTests(ITestOutputHelper output) : IDisposable
{
    private readonly HostileSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> RefusedVectors() => [.. XssVectors.Refused.Keys];

    public static TheoryData<string> TextVectors() => [.. XssVectors.ShownAsText.Keys];

    [Fact]
    public void There_are_at_least_sixty_hostile_vectors() =>
        Assert.InRange(XssVectors.Refused.Count, 60, int.MaxValue);

    [Theory]
    [MemberData(nameof(RefusedVectors))]
    public void A_hostile_body_is_refused_in_Dutch_and_nothing_of_it_reaches_any_page(string vector) =>
        AssertRefusedAndInactive(XssVectors.Refused[vector]);

    private void AssertRefusedAndInactive(string markdown)
    {
        _site.InsertIntoBody(markdown);

        var result = _site.Site.Build();

        output.WriteLine(string.Join("\n", result.Diagnostics));
        Assert.Empty(_site.InjectedIntoOutput());
        Assert.False(result.Succeeded, $"The build accepted: {markdown}");
        var refusal = Assert.Single(result.Diagnostics.Where(HostileSite.IsDutchRefusal).Take(1));
        Assert.InRange(refusal.Line, 21, 21 + markdown.Count(c => c == '\n'));
        Assert.False(Directory.Exists(_site.Site.Output), "A refused build writes nothing.");
        Assert.Empty(_site.ActiveContentAfterSanitizerAlone());
    }

    [Theory]
    [MemberData(nameof(TextVectors))]
    public void Markup_that_Markdown_shows_as_text_is_allowed_and_stays_inactive(string vector)
    {
        _site.InsertIntoBody(XssVectors.ShownAsText[vector]);

        var result = _site.Site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(_site.InjectedIntoOutput());
    }

    [Theory]
    [InlineData("titel: Voorbeeldstad praat met jongeren", "titel: '<script>alert(1)</script>'")]
    [InlineData("titel: Voorbeeldstad praat met jongeren", "titel: '\"><img src=x onerror=alert(1)>'")]
    [InlineData("samenvatting: Een testvoorbeeld met interviews.", "samenvatting: '</title><script>alert(1)</script>'")]
    [InlineData("samenvatting: Een testvoorbeeld met interviews.", "samenvatting: '\" onmouseover=\"alert(1)'")]
    [InlineData("contact: Gemeente Voorbeeldstad, afdeling Jeugd", "contact: '<iframe src=https://evil.example></iframe>'")]
    [InlineData("gemeenten: [Voorbeeldstad]", "gemeenten: ['<svg onload=alert(1)>']")]
    [InlineData("    organisatie: Testorganisatie", "    organisatie: '<style>*{display:none}</style>'")]
    [InlineData("  - titel: Een testbron", "  - titel: '<a href=javascript:alert(1)>x</a>'")]
    [InlineData("    url: https://example.org/bron", "    url: 'https://example.org/\"><script>alert(1)</script>'")]
    [InlineData("    url: https://example.org/bron", "    url: 'javascript:alert(1)//https://example.org'")]
    public void Hostile_front_matter_text_is_escaped_or_refused_never_active(string line, string hostile)
    {
        _site.Site.Replace(HostileSite.Voorbeeld, line, hostile);

        var result = _site.Site.Build();

        output.WriteLine(string.Join("\n", result.Diagnostics));
        Assert.Empty(_site.InjectedIntoOutput());
        if (result.Succeeded)
        {
            _ = System.Xml.Linq.XDocument.Parse(_site.Site.OutputText("feed.xml"));
            using var _json = System.Text.Json.JsonDocument.Parse(_site.Site.OutputText("api/voorbeelden.json"));
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File == HostileSite.VoorbeeldDisplayPath);
        }
    }
}
