using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>The index travels as bytes (files on the site, then fetched by the browser): nothing may get lost.</summary>
public class RoundTripTests
{
    [Fact]
    public void The_index_and_the_phrase_index_are_each_one_compound_segment_plus_the_vocabulary()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var phrases = built.IndexFiles.Keys.Where(n => n.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal)).ToList();
        var main = built.IndexFiles.Keys.Except(phrases).ToList();

        Assert.Contains("vocabulary.bin", main);
        foreach (var index in new[] { main, phrases })
        {
            Assert.Contains(index, name => name.EndsWith(".cfs", StringComparison.Ordinal));
            Assert.Single(index, name => name.EndsWith(".si", StringComparison.Ordinal));
            Assert.DoesNotContain(index, name => name.EndsWith(".fdt", StringComparison.Ordinal) || name.EndsWith("write.lock", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_the_phrase_index_a_phrase_asks_for_it_and_with_it_finds_the_body_match()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var mainOnly = built.IndexFiles.Where(f => !f.Key.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal)).ToDictionary();
        using var complete = SearchEngine.Open(built.IndexFiles);
        using var engine = SearchEngine.Open(mainOnly);
        const string phrase = "\"vast aanspreekpunt\""; // only in the body of one voorbeeld

        Assert.True(complete.HasPhrases);
        Assert.False(engine.HasPhrases);
        Assert.Equal(["bondgenoot-pleegouders"], complete.Search(phrase).Ids());
        Assert.False(complete.Search(phrase).NeedsPhrases);
        Assert.True(engine.Search(phrase).NeedsPhrases);
        Assert.Empty(engine.Search(phrase).Ids()); // why the page waits for the phrase index
        Assert.False(engine.Search("kastje muur").NeedsPhrases);
        Assert.False(engine.Search("\"pleegouders\"").NeedsPhrases); // one word: no positions needed
        Assert.Equal(complete.Search("kastje muur"), engine.Search("kastje muur"), new ResponseComparer());

        engine.AddPhrases(built.IndexFiles);

        Assert.True(engine.HasPhrases);
        Assert.Equal(complete.Search(phrase), engine.Search(phrase), new ResponseComparer());
        Assert.False(engine.Search(phrase).NeedsPhrases);
    }

    [Fact]
    public void A_phrase_index_of_another_build_is_refused_with_a_clear_message()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var other = SearchIndexBuilder.Build(Corpus.Documents.Take(2).ToList(), Corpus.Vocabulary);
        using var engine = SearchEngine.Open(built.IndexFiles.Where(f => !f.Key.StartsWith(SearchEngine.PhraseFilePrefix, StringComparison.Ordinal)).ToDictionary());

        var error = Assert.Throws<InvalidDataException>(() => engine.AddPhrases(other.IndexFiles));

        Assert.Contains("not built together", error.Message, StringComparison.Ordinal);
        Assert.False(engine.HasPhrases);
        Assert.NotEmpty(engine.Search("pleegouders").Ids());
    }

    [Fact]
    public void An_index_copied_byte_by_byte_answers_like_the_original()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var copied = built.IndexFiles.ToDictionary(f => f.Key, f => f.Value.ToArray());

        using var original = SearchEngine.Open(built.IndexFiles);
        using var copy = SearchEngine.Open(copied);

        foreach (var query in new[] { "", "pleegouders", "\"kastje naar de muur\"", "pleegoudres", "jeugdhulp" })
        {
            Assert.Equal(original.Search(query), copy.Search(query), new ResponseComparer());
        }

        Assert.Equal(Corpus.Documents.Length, copy.DocumentCount);
    }

    [Fact]
    public void The_body_is_searchable_but_not_stored_in_the_index()
    {
        var built = SearchIndexBuilder.Build(
            [Corpus.Doc("een", "Titel", "Samenvatting", "Zeldzaamwoord staat alleen in de lopende tekst.")], Corpus.Vocabulary);
        using var engine = SearchEngine.Open(built.IndexFiles);

        Assert.Equal(["een"], engine.Search("zeldzaamwoord").Ids());
        Assert.DoesNotContain(built.IndexFiles.Values, bytes => Contains(bytes, "lopende tekst"u8));
        Assert.Equal("Zeldzaamwoord staat alleen in de lopende tekst.", built.SnippetTexts["een"]);
    }

    [Fact]
    public void Snippet_texts_have_their_whitespace_collapsed()
    {
        var built = SearchIndexBuilder.Build([Corpus.Doc("een", "Titel", "", "Kop\n\nEerste  alinea.\n- punt")], Corpus.Vocabulary);

        Assert.Equal("Kop Eerste alinea. - punt", built.SnippetTexts["een"]);
    }

    [Fact]
    public void Two_voorbeelden_with_one_id_fail_the_build()
    {
        var twice = Corpus.Documents.Append(Corpus.Documents[0]).ToList();

        Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build(twice, Corpus.Vocabulary));
    }

    [Fact]
    public void A_voorbeeld_that_cannot_be_analysed_fails_the_build_instead_of_hanging_it()
    {
        // Analysing and writing run on two threads: a failure on the analysing side must end the build.
        var broken = Corpus.Documents.Append(Corpus.Doc("zonder-titel", null!, "", "Tekst.")).ToList();

        var error = Record.Exception(() => SearchIndexBuilder.Build(broken, Corpus.Vocabulary));

        Assert.IsType<ArgumentNullException>(error);
    }

    [Fact]
    public void Opening_without_the_vocabulary_fails_with_a_clear_message()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var withoutVocabulary = built.IndexFiles.Where(f => f.Key != "vocabulary.bin").ToDictionary();

        var error = Assert.Throws<InvalidDataException>(() => SearchEngine.Open(withoutVocabulary));
        Assert.Contains("vocabulary.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_vocabulary_fails_with_a_clear_message()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        var files = built.IndexFiles.ToDictionary();
        files["vocabulary.bin"] = files["vocabulary.bin"][..20];

        var error = Assert.Throws<InvalidDataException>(() => SearchEngine.Open(files));
        Assert.Contains("Rebuild the site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_urls_given_at_open_come_back_on_the_hits()
    {
        var built = SearchIndexBuilder.Build(Corpus.Documents, Corpus.Vocabulary);
        using var engine = SearchEngine.Open(built.IndexFiles, new Dictionary<string, string> { ["jij-panel"] = "../tekst/abc.json" });

        Assert.Equal("../tekst/abc.json", engine.Search("panel").Hits.Single(h => h.Id == "jij-panel").TextUrl);
    }

    private static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private sealed class ResponseComparer : IEqualityComparer<SearchResponse>
    {
        public bool Equals(SearchResponse? x, SearchResponse? y) =>
            x is not null && y is not null && x.Total == y.Total && x.SearchedFor == y.SearchedFor
            && x.Hits.Select(h => (h.Id, h.Title, h.Score)).SequenceEqual(y.Hits.Select(h => (h.Id, h.Title, h.Score)))
            && x.Facets.Keys.Order().SequenceEqual(y.Facets.Keys.Order())
            && x.Facets.All(f => f.Value.SequenceEqual(y.Facets[f.Key]));

        public int GetHashCode(SearchResponse obj) => obj.Total;
    }
}
