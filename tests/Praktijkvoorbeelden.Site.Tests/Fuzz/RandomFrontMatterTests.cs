using CsCheck;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Random front matter never crashes the check: whatever a contributor (or an attacker) writes
/// between the --- lines, the answer is a Dutch diagnostic on a line of the file, or a document.
/// </summary>
public sealed class RandomFrontMatterTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Target = Gen.OneOf(FixtureCheck.Voorbeeld, FixtureCheck.Thema, FixtureCheck.Pagina);

    [Fact]
    public void Random_front_matter_gives_diagnostics_never_an_exception()
    {
        var counter = new InputCounter(output, "random front matter (parse stage)");
        try
        {
            Gen.Select(Target, HostileYaml.Document).Sample((file, text) =>
            {
                counter.Tried();
                var outcome = FixtureCheck.Run(file, text);

                DiagnosticRules.AssertWellFormed(outcome.Diagnostics, outcome.LineCounts);
                DiagnosticRules.AssertNotSilentlyDropped(outcome, file);
                if (!outcome.HasErrors)
                {
                    counter.Accepted();
                    AcceptedDocuments.AssertValid(outcome);
                }
            }, iter: 2_000, print: t => $"{t.Item1}:\n{Show.Text(t.Item2)}");
        }
        finally
        {
            counter.Report();
        }
    }
}
