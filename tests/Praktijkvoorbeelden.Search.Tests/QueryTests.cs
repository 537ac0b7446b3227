using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>How the search behaves for a visitor, over the small corpus in <see cref="Corpus"/>.</summary>
public class QueryTests
{
    private static readonly SearchEngine Engine = Corpus.Engine;

    [Fact]
    public void A_quoted_phrase_only_finds_the_words_in_that_order()
    {
        var response = Engine.Search("\"kastje naar de muur\"");

        Assert.Equal(["bondgenoot-pleegouders"], response.Ids());
    }

    [Fact]
    public void Without_quotes_the_same_words_may_stand_anywhere()
    {
        var ids = Engine.Search("kastje muur").Ids();

        Assert.Contains("bondgenoot-pleegouders", ids);
        Assert.Contains("kastje-en-muur", ids);
    }

    [Fact]
    public void Every_word_must_match()
    {
        Assert.Equal(["groningen-interviews"], Engine.Search("groningen interviews").Ids());
    }

    [Fact]
    public void A_title_match_ranks_above_a_summary_match()
    {
        Assert.Equal(["kastje-en-muur", "bondgenoot-pleegouders"], Engine.Search("kastje").Ids());
    }

    [Fact]
    public void As_you_type_the_last_word_is_a_prefix()
    {
        Assert.DoesNotContain("bondgenoot-pleegouders", Engine.Search("bondgen").Ids());
        Assert.Equal(["bondgenoot-pleegouders"], Engine.Search("bondgen", asYouType: true).Ids());
        Assert.Equal(["bondgenoot-pleegouders"], Engine.Search("gemeente bondgen", asYouType: true).Ids());
    }

    [Fact]
    public void As_you_type_a_finished_word_is_not_a_prefix()
    {
        var typing = Engine.Search("kind", asYouType: true).Ids();
        var finished = Engine.Search("kind ", asYouType: true).Ids();

        Assert.Contains("kinderen-in-de-raad", finished);
        Assert.True(typing.Length >= finished.Length);
    }

    [Fact]
    public void A_typo_is_retried_fuzzily_and_the_response_says_what_was_searched()
    {
        var response = Engine.Search("pleegoudres");

        Assert.Contains("bondgenoot-pleegouders", response.Ids());
        Assert.Equal("pleegouders", response.SearchedFor);
    }

    [Fact]
    public void Only_the_misspelt_word_is_replaced_in_what_was_searched()
    {
        var response = Engine.Search("Gemeente bondgenoot pleegoudres");

        Assert.Equal(["bondgenoot-pleegouders"], response.Ids());
        Assert.Equal("Gemeente bondgenoot pleegouders", response.SearchedFor);
    }

    [Fact]
    public void A_query_with_enough_results_is_not_retried()
    {
        var response = Engine.Search("gemeente");

        Assert.Null(response.SearchedFor);
        Assert.True(response.Total >= SearchEngine.FewResults);
    }

    [Fact]
    public void Filters_combine_with_or_within_a_facet_and_with_and_across_facets()
    {
        var either = Filters(("thema", ["pleegzorg"]), ("gemeente", ["groningen", "rotterdam"]));

        var ids = Engine.Search("", filters: either).Ids();

        Assert.Equal(["kastje-en-muur"], ids);
        Assert.Equal(["groningen-interviews", "jij-panel", "kastje-en-muur"],
            Engine.Search("", filters: Filters(("gemeente", ["groningen", "rotterdam"]))).Ids().Order().ToArray());
    }

    [Fact]
    public void An_unknown_filter_value_is_ignored()
    {
        var all = Engine.Search("").Total;

        Assert.Equal(all, Engine.Search("", filters: Filters(("gemeente", ["bestaat-niet"]))).Total);
    }

    [Fact]
    public void Facet_counts_count_the_matches_with_the_other_facets_filters_applied()
    {
        var response = Engine.Search("", filters: Filters(("thema", ["pleegzorg"])));

        // thema ignores its own selection: it shows what each theme would give.
        Assert.Equal([("clientenparticipatie", 4, false), ("pleegzorg", 3, true)], Counts(response, "thema"));
        // gemeente counts only the pleegzorg voorbeelden.
        Assert.Equal([("amsterdam", 1, false), ("groningen", 1, false), ("utrecht", 2, false)], Counts(response, "gemeente"));
        Assert.Equal(3, response.Total);
    }

    [Fact]
    public void Facet_counts_follow_the_query_and_use_the_vocabulary_labels_and_order()
    {
        var response = Engine.Search("gemeenteraad");

        Assert.Equal(["kinderen-in-de-raad"], response.Ids());
        Assert.Equal(["Meebeslissen"], response.Facets["participatieniveau"].Select(c => c.Label));
        var ladder = Engine.Search("").Facets["participatieniveau"].Select(c => c.Value);
        Assert.Equal(["informeren", "raadplegen", "adviseren", "meebeslissen"], ladder);
    }

    [Fact]
    public void A_hit_has_what_a_result_row_shows()
    {
        var hit = Engine.Search("gemeenteraad").Hits.Single();

        Assert.Equal("kinderen-in-de-raad", hit.Id);
        Assert.Equal("/voorbeelden/kinderen-in-de-raad/", hit.Url);
        Assert.Equal("Een kind praat mee met de gemeenteraad", hit.Title);
        Assert.Equal("Het kind vertelt de raad wat het mist.", hit.Summary);
        Assert.Equal(["Amsterdam", "Utrecht"], hit.Gemeenten);
        Assert.Equal(["Cliëntenparticipatie", "Pleegzorg"], hit.Themas);
    }

    [Fact]
    public void Offset_and_limit_page_through_the_results()
    {
        var all = Engine.Search("").Ids();
        var page = Engine.Search(new SearchRequest("", new Dictionary<string, IReadOnlyList<string>>(), Offset: 2, Limit: 2));

        Assert.Equal(all[2..4], page.Ids());
        Assert.Equal(all.Length, page.Total);
    }

    [Fact]
    public void A_query_of_only_stop_words_lists_everything()
    {
        Assert.Equal(Corpus.Documents.Length, Engine.Search("de het een").Total);
    }

    private static Dictionary<string, IReadOnlyList<string>> Filters(params (string Facet, string[] Values)[] filters) =>
        filters.ToDictionary(f => f.Facet, f => (IReadOnlyList<string>)f.Values);

    private static (string, int, bool)[] Counts(SearchResponse response, string facet) =>
        [.. response.Facets[facet].Select(c => (c.Value, c.Count, c.Selected))];
}
