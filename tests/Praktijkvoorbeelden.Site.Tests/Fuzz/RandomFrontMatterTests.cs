using CsCheck;
using Praktijkvoorbeelden.Site.Model;

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
                    AssertAcceptedDocumentIsValid(outcome, file);
                }
            }, iter: 2_000, print: t => $"{t.Item1}:\n{Show.Text(t.Item2)}");
        }
        finally
        {
            counter.Report();
        }
    }

    /// <summary>What the check lets through must obey the schema, or later stages would get values they do not expect.</summary>
    private static void AssertAcceptedDocumentIsValid(CheckOutcome outcome, string file)
    {
        var document = Assert.Single(outcome.Content.Documents, d => d.File.DisplayPath == "input/" + file);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.InRange(document.Title.Length, 1, FrontMatterSchema.MaxTitleLength);
        Assert.All(document.Aliases, a => Assert.StartsWith("/", a, StringComparison.Ordinal));
        if (document is Voorbeeld voorbeeld)
        {
            Assert.NotEmpty(voorbeeld.Sources);
            Assert.NotEmpty(voorbeeld.Themes);
            Assert.All(voorbeeld.Themes, t => Assert.NotNull(outcome.Content.Vocabularies["themas"].Find(t)));
            Assert.NotNull(outcome.Content.Vocabularies["statussen"].Find(voorbeeld.Status));
        }
    }
}
