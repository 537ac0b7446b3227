using Praktijkvoorbeelden.Search.Analysis;
using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>
/// The analyser remembers what it made of each word, for speed. What it gives must be exactly what
/// the plain chain of Lucene filters gives: the same terms at the same positions with the same
/// offsets, or the index and the query would no longer agree.
/// </summary>
public class MemoizedAnalysisTests
{
    // The chains the index and the query use (AnalysisSteps, as numbers: the enum is internal).
    [Theory]
    [InlineData((int)AnalysisSteps.All)]
    [InlineData((int)AnalysisSteps.None)]
    [InlineData((int)(AnalysisSteps.StopWords | AnalysisSteps.Stemming | AnalysisSteps.Synonyms))]
    [InlineData((int)(AnalysisSteps.StopWords | AnalysisSteps.Compounds))]
    public void Remembered_words_give_the_same_tokens_as_the_plain_chain_on_the_real_content(int chain)
    {
        var steps = (AnalysisSteps)chain;
        var resources = AnalysisResources.Default(["meedenkgroep", "jongerenraad"]);
        using var plain = new DutchSearchAnalyzer(resources, steps, memoizeWords: false);
        using var memoized = new DutchSearchAnalyzer(resources, steps);
        var texts = Directory.GetFiles(Path.Combine(Repository.Root, "input"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);

        // Twice: the second pass replays every word from memory.
        foreach (var text in texts.Concat(texts))
        {
            Assert.Equal(TokenTexts.Tokens(plain, text), TokenTexts.Tokens(memoized, text));
        }
    }

    [Theory]
    [InlineData("De de de jeugdzorgcliënten van het het wijkteam")]
    [InlineData("Jeugdzorg. Jeugdzorg! JEUGDZORG, jeugdzorg's en de auto's van de kinderen")]
    [InlineData("Het panel en de")]
    [InlineData("de")]
    [InlineData("2015 1.000 jongeren 12-jarigen e-mail cliëntenraad-leden")]
    public void Stop_words_leave_the_same_gaps_and_repeats_the_same_tokens(string text)
    {
        var resources = AnalysisResources.Default([]);
        using var plain = new DutchSearchAnalyzer(resources, memoizeWords: false);
        using var memoized = new DutchSearchAnalyzer(resources);

        var expected = TokenTexts.Tokens(plain, text);

        Assert.Equal(expected, TokenTexts.Tokens(memoized, text));
        Assert.Equal(expected, TokenTexts.Tokens(memoized, text));
    }
}
