using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Render;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>
/// CONTENT.md: a voorbeeld has its headings in a fixed order where they apply. Out of order is a
/// Dutch warning on the line of the heading that should move, never an error.
/// </summary>
public sealed class HeadingOrderTests
{
    private const int BodyLine = 20;

    [Fact]
    public void Headings_in_order_give_no_warning_even_with_some_left_out_and_others_in_between()
    {
        var warnings = Warnings(Samples.Voorbeeld("a", body:
            "## Aanleiding\n\nTekst.\n\n## Wat de gemeente koos\n\n### Een tussenkop\n\n## Resultaten\n\n## lessen voor  andere gemeenten\n\n## Meer weten\n"));

        Assert.Empty(warnings);
    }

    public static TheoryData<string, int, string, string> OutOfOrder => new()
    {
        // Two headings swapped: the first stays, the second moves up.
        { "## Aanpak\n\nA.\n\n## Aanleiding\n\nB.\n", 24, "'## Aanleiding'", "Zet '## Aanleiding' en de tekst eronder boven '## Aanpak'." },
        // One heading too early: only that one is named, not the two after it.
        { "## Resultaten\n\n## Aanleiding\n\n## Aanpak\n", 20, "'## Resultaten'", "Zet '## Resultaten' en de tekst eronder na het deel '## Aanpak'." },
        { "## Aanleiding\n\n## Meer weten\n\nZie de bron.\n\n## Lessen voor andere gemeenten\n", 26, "'## Lessen voor andere gemeenten'", "Zet '## Lessen voor andere gemeenten' en de tekst eronder boven '## Meer weten'." },
    };

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void A_heading_out_of_order_is_a_warning_on_its_line_that_says_where_it_goes(string body, int line, string named, string fix)
    {
        var warning = Assert.Single(Warnings(Samples.Voorbeeld("a", body: body)));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("input/voorbeelden/a.md", line, 1), (warning.File, warning.Line, warning.Column));
        Assert.StartsWith($"De kop {named} staat niet op de goede plek.", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Aanleiding, Aanpak, Resultaten, Lessen voor andere gemeenten, Meer weten", warning.Message, StringComparison.Ordinal);
        Assert.Equal(fix, warning.Fix);
    }

    [Fact]
    public void Pages_and_themes_may_order_their_headings_freely()
    {
        const string body = "## Meer weten\n\n## Aanleiding\n";

        Assert.Empty(Warnings(Samples.Pagina("over", body, BodyLine)));
        Assert.Empty(Warnings(Samples.Thema("meedoen") with { Body = body }));
    }

    private static List<Diagnostic> Warnings(Document document)
    {
        var diagnostics = new DiagnosticBag();
        new MarkdownRenderer(Samples.Settings(), new HashSet<string>(StringComparer.Ordinal)).Render(document with { BodyLine = BodyLine }, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return diagnostics.Items.ToList();
    }
}
