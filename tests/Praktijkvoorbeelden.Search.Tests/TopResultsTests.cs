using CsCheck;
using Praktijkvoorbeelden.Search.Querying;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>Picking the shown results without sorting all matches must give exactly what a full sort gives.</summary>
public class TopResultsTests
{
    [Fact]
    public void The_top_results_equal_the_head_of_a_full_sort_with_ties_by_document_number()
    {
        // Few distinct scores, so ties are common; documents in any order, as a filter leaves them.
        var cases = Gen.Select(Gen.Int[0, 8].Array[0, 300], Gen.Int[0, 120]);
        cases.Sample((levels, count) =>
        {
            var scores = levels.Select(l => l / 4f).ToArray();
            var docs = Enumerable.Range(0, scores.Length).Reverse().ToList();
            var expected = docs.OrderByDescending(d => scores[d]).ThenBy(d => d).Take(count).ToList();

            Assert.Equal(expected, TopResults.Select(docs, scores, count));
        }, iter: 500);
    }

    [Fact]
    public void Asking_for_none_gives_none()
    {
        Assert.Empty(TopResults.Select([3, 1, 2], [1f, 2f, 3f, 4f], 0));
    }
}
