using Lucene.Net.Analysis.Nl;
using Praktijkvoorbeelden.Search.Analysis;
using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>What a Dutch reader expects: a typed word finds the other forms of that word in a text.</summary>
public class AnalysisTests
{
    [Theory]
    [InlineData("pleegouder", "Wij zoeken nieuwe pleegouders in de regio.")]
    [InlineData("pleegouders", "Elke pleegouder krijgt een vast aanspreekpunt.")]
    [InlineData("kinderen", "Het kind vertelt wat het nodig heeft.")]
    [InlineData("kind", "Alle kinderen uit de klas deden mee.")]
    [InlineData("pleegkind", "Pleegkinderen krijgen sneller hulp.")]
    [InlineData("client", "Elke cliënt krijgt een vragenlijst.")]
    [InlineData("cliënt", "Iedere client kreeg een vragenlijst.")]
    [InlineData("cliënten", "Groningen sprak met negen jeugdzorgcliënten.")]
    [InlineData("jeugdzorgcliënten", "Het panel spreekt met cliënten in de jeugdzorg.")]
    [InlineData("jeugdzorg", "Gemeenten zijn verantwoordelijk voor de jeugdhulp.")]
    [InlineData("jeugdhulp", "De transitie van de jeugdzorg begon in 2015.")]
    [InlineData("jeugdhulp", "Een jeugdzorgwerker belt de ouders.")]
    [InlineData("organisatie", "Zoek cliënten via organisaties voor jeugdhulp.")]
    [InlineData("wijkteam", "Het buurtteam helpt gezinnen in de wijk.")]
    [InlineData("jongeren", "Jeugdigen tot achttien jaar doen mee.")]
    [InlineData("zorg", "Pleegzorg vraagt veel van een gezin.")]
    [InlineData("auto", "De auto's van het team staan klaar.")]
    public void A_word_finds_its_other_forms(string query, string text)
    {
        using var engine = Corpus.Open([Corpus.Doc("doel", "Voorbeeld", "", text), Corpus.Doc("ander", "Voorbeeld", "", "Een tekst over iets heel anders.")]);

        Assert.Equal(["doel"], engine.Search(query).Ids());
    }

    [Theory]
    [InlineData("ouders", "Ouderen uit de buurt lezen voor.")]
    [InlineData("cliëntenraad", "De cliënten kregen een vragenlijst.")]
    [InlineData("jeugdzorgcliënten", "Cliënten van de huisarts kregen een brief.")]
    [InlineData("pleegouders", "Pleegzorg is een vorm van hulp.")]
    public void A_word_does_not_find_a_different_word(string query, string text)
    {
        using var engine = Corpus.Open([Corpus.Doc("doel", "Voorbeeld", "", text), Corpus.Doc("ander", "Voorbeeld", "", "Een tekst over iets heel anders.")]);

        Assert.DoesNotContain("doel", engine.Search(query).Ids());
    }

    [Fact]
    public void Stop_words_are_dropped_and_the_rest_is_folded_and_stemmed()
    {
        using var analyzer = new DutchSearchAnalyzer(AnalysisResources.Default([]));

        Assert.Equal(["kind", "gezin", "client"], TokenTexts.Of(analyzer, "De kinderen van het gezin en de cliënten"));
    }

    [Fact]
    public void The_stop_list_is_exactly_Lucenes_Dutch_stop_set()
    {
        // DefaultStopSet goes through Lucene's own loader (a Regex), which is fine natively; the
        // engine reads the same embedded list without it, and must not drift from it.
        var lucene = DutchAnalyzer.DefaultStopSet.Select(w => w.ToString() ?? "").Order(StringComparer.Ordinal).ToList();
        var ours = DutchStopWords.Load().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(lucene);
        Assert.Equal(lucene, ours);
    }

    [Fact]
    public void A_compound_is_indexed_with_its_parts_at_the_same_position_and_without_synonyms()
    {
        using var analyzer = new DutchSearchAnalyzer(AnalysisResources.Default([]), AnalysisSteps.Indexed);

        var tokens = TokenTexts.Tokens(analyzer, "jeugdzorgcliënten");

        Assert.All(tokens, t => Assert.Equal(0, t.Position));
        Assert.Contains(tokens, t => t.Term == "jeugdzorg");
        Assert.Contains(tokens, t => t.Term == "client");
        // The synonym (jeugdhulp) is the query's to add; A_word_finds_its_other_forms shows it still matches.
        Assert.DoesNotContain(tokens, t => t.Term == "jeugdhulp");
    }

    [Fact]
    public void The_whole_chain_adds_synonyms_of_compound_parts()
    {
        using var analyzer = new DutchSearchAnalyzer(AnalysisResources.Default([]));

        Assert.Contains("jeugdhulp", TokenTexts.Of(analyzer, "jeugdzorgcliënten"));
    }

    [Fact]
    public void The_collection_words_join_the_compound_list()
    {
        using var analyzer = new DutchSearchAnalyzer(AnalysisResources.Default(["meedenkgroep"]));

        Assert.Contains("meedenkgroep", TokenTexts.Of(analyzer, "ouderMeedenkgroepen"));
    }
}
