using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>
/// The browser reads facet counts as plain numbers against the engine's list of values; those
/// numbers must say exactly what the facet lists say.
/// </summary>
public class FacetCountTests
{
    private static readonly SearchEngine Engine = Corpus.Engine;

    [Theory]
    [InlineData("", null, null)]
    [InlineData("pleegzorg", null, null)]
    [InlineData("kinderen", "thema", "pleegzorg")]
    [InlineData("", "gemeente", "groningen")]
    public void The_counts_give_the_same_filter_values_as_the_lists(string query, string? facet, string? slug)
    {
        var filters = facet is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : new Dictionary<string, IReadOnlyList<string>> { [facet] = [slug!] };
        var lists = Engine.Search(new SearchRequest(query, filters));
        var counts = Engine.Search(new SearchRequest(query, filters, FacetLists: false));

        Assert.Empty(counts.Facets);
        Assert.Equal(lists.Total, counts.Total);
        foreach (var name in SearchFacets.Counted)
        {
            var values = Engine.FacetValues(name);
            var numbers = counts.FacetCounts[name];
            Assert.Equal(values.Count, numbers.Count);
            var selected = filters.GetValueOrDefault(name) ?? [];
            var fromCounts = values.Select((v, i) => (v.Value, v.Label, Count: numbers[i], Selected: selected.Contains(v.Value)))
                .Where(v => v.Count > 0 || v.Selected).ToList();
            Assert.Equal(lists.Facets[name].Select(c => (c.Value, c.Label, c.Count, c.Selected)), fromCounts);
        }
    }

    [Fact]
    public void Only_counted_facets_have_values()
    {
        Assert.NotEmpty(Engine.FacetValues(SearchFacets.Gemeente));
        Assert.Empty(Engine.FacetValues(SearchFacets.Status));
        Assert.Empty(Engine.FacetValues("onbekend"));
    }
}
