using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>The piece of text under a result: the matched words marked, with the same analysis as the search.</summary>
public class SnippetTests
{
    private static readonly SearchEngine Engine = Corpus.Engine;

    [Fact]
    public void Inflections_compounds_and_synonyms_are_marked()
    {
        var snippet = Engine.Snippet("Nieuwe pleegouders en jeugdzorgcliënten krijgen jeugdhulp.", "pleegouder cliënten jeugdzorg");

        Assert.Equal("Nieuwe <mark>pleegouders</mark> en <mark>jeugdzorgcliënten</mark> krijgen <mark>jeugdhulp</mark>.", snippet);
    }

    [Fact]
    public void A_long_compound_in_the_query_marks_its_parts_but_not_other_words_that_share_a_part()
    {
        var snippet = Engine.Snippet("Cliënten in de jeugdzorg doen zorgvuldig mee.", "jeugdzorgcliënten");

        Assert.Equal("<mark>Cliënten</mark> in de <mark>jeugdzorg</mark> doen zorgvuldig mee.", snippet);
    }

    [Fact]
    public void The_same_text_searched_again_with_other_words_marks_the_new_words()
    {
        // The engine keeps the analysis of a text between keystrokes; the marks must follow the query.
        const string text = "Pleegouders praten mee over jeugdhulp in de gemeente.";

        var first = Engine.Snippet(text, "pleegouder");
        var second = Engine.Snippet(text, "gemeenten");
        var typing = Engine.Snippet(text, "jeugdh", asYouType: true);

        Assert.Equal("<mark>Pleegouders</mark> praten mee over jeugdhulp in de gemeente.", first);
        Assert.Equal("Pleegouders praten mee over jeugdhulp in de <mark>gemeente</mark>.", second);
        Assert.Equal("Pleegouders praten mee over <mark>jeugdhulp</mark> in de gemeente.", typing);
    }

    [Fact]
    public void The_text_is_html_escaped()
    {
        var snippet = Engine.Snippet("Ouders <script>alert('x')</script> & kinderen", "kinderen");

        Assert.Equal("Ouders &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>kinderen</mark>", snippet);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_match_on_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("Een zin zonder het woord.", 40)) + " Hier staan de pleegouders. " + string.Join(' ', Enumerable.Repeat("Nog meer tekst.", 40));

        var snippet = Engine.Snippet(text, "pleegouders", maxChars: 120);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>pleegouders</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 40, 122);
        Assert.DoesNotContain("  ", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_start_of_the_text()
    {
        var text = string.Join(' ', Enumerable.Repeat("Een zin over iets anders.", 40));

        var snippet = Engine.Snippet(text, "pleegouders", maxChars: 100);

        Assert.StartsWith("Een zin over", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void As_you_type_the_last_word_marks_words_that_start_with_it()
    {
        Assert.Equal("Een <mark>bondgenoot</mark> voor ouders.", Engine.Snippet("Een bondgenoot voor ouders.", "bondg", asYouType: true));
        Assert.Equal("Een bondgenoot voor ouders.", Engine.Snippet("Een bondgenoot voor ouders.", "bondg"));
    }

    [Fact]
    public void A_phrase_marks_its_words()
    {
        var snippet = Engine.Snippet("Niet meer van het kastje naar de muur.", "\"kastje naar de muur\"");

        Assert.Equal("Niet meer van het <mark>kastje</mark> naar de <mark>muur</mark>.", snippet);
    }
}
