using System.Text;
using CsCheck;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Values that are valid YAML but hostile (control characters, bidi overrides, markup, very long
/// text) in an otherwise valid voorbeeld go through the whole check: every later stage (Markdown,
/// templates, feed, sitemap, API, redirects) gets them, and none may throw.
/// </summary>
public sealed class HostileValueTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Gen.OneOf(HostileYaml.Scalars)),
        (2, Gen.String[1, 40]),
        (1, Gen.Char['\u0000', '\u00FF'].Array[1, 20].Select(c => new string(c))),
        (1, Gen.Int[91, 400].Select(n => new string('x', n))));

    // One or two of the six slots get a hostile value, so most files pass the parse stage and reach the others.
    private static readonly Gen<int> Slots = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 11]).Select(t => (1 << t.Item1) | (t.Item2 < 6 ? 1 << t.Item2 : 0));

    private static readonly Gen<string> Voorbeeld = Gen.Select(Value, Value, Value, Value, Value, Value, Slots).Select(t =>
    {
        string Pick(int bit, string valid, string hostile) => (t.Item7 & (1 << bit)) != 0 ? YamlText.Quote(hostile) : valid;
        return $"""
            ---
            titel: {Pick(0, "Voorbeeldstad praat met jongeren", t.Item1)}
            samenvatting: {Pick(1, "Een testvoorbeeld met interviews.", t.Item2)}
            schaal: gemeente
            gemeenten: [{Pick(2, "Voorbeeldstad", t.Item3)}]
            themas: [meedoen]
            doelgroepen: [jongeren]
            werkvormen: [interviews]
            jaar: 2015
            bronnen:
              - titel: {Pick(3, "Een testbron", t.Item4)}
                organisatie: {Pick(4, "Testorganisatie", t.Item5)}
            contact: {Pick(5, "Gemeente Voorbeeldstad", t.Item6)}
            status: afgerond
            bijgewerkt: 2026-11-20
            ---
            ## Aanpak

            {t.Item1}

            """;
    });

    [Fact]
    public void Hostile_values_in_a_valid_voorbeeld_never_crash_the_whole_check()
    {
        var counter = new InputCounter(output, "hostile values, full CheckOnly builds");
        try
        {
            Voorbeeld.Sample(text =>
            {
                counter.Tried();
                var (result, lineCounts) = FullCheck.Run(FixtureCheck.Voorbeeld, Encoding.UTF8.GetBytes(text));

                DiagnosticRules.AssertWellFormed(result.Diagnostics, lineCounts);
                if (result.Succeeded)
                {
                    counter.Accepted();
                }
            }, iter: 30, print: Show.Text);
        }
        finally
        {
            counter.Report();
        }
    }
}
