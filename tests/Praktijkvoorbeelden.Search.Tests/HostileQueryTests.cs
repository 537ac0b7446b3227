using CsCheck;
using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>Whatever a person types, the search answers and does not throw.</summary>
public class HostileQueryTests
{
    private static readonly SearchEngine Engine = Corpus.Engine;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("\"kastje naar")]
    [InlineData("pleegouders AND")]
    [InlineData("OR NOT AND")]
    [InlineData("title:pleegouders")]
    [InlineData("pleeg*")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("pleegouders~")]
    [InlineData("pleegouders~0.5")]
    [InlineData("pleegouders^4")]
    [InlineData("(pleegouders")]
    [InlineData("[a TO z]")]
    [InlineData("{a TO z}")]
    [InlineData("+pleegouders -kind")]
    [InlineData("pleegouders && kind || jeugd")]
    [InlineData("!pleegouders")]
    [InlineData("\\")]
    [InlineData("/regex/")]
    [InlineData("a:b:c")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("\u0000\u0001\uFFFF")]
    [InlineData("\uD800")]
    [InlineData("😀 kind")]
    [InlineData("<script>alert(1)</script>")]
    public void Lucene_syntax_is_plain_text(string query)
    {
        foreach (var asYouType in new[] { false, true })
        {
            var response = Engine.Search(query, asYouType);
            Assert.NotNull(response.Facets);
            _ = Engine.Snippet("Pleegouders en kinderen in de jeugdzorg.", query, asYouType: asYouType);
        }
    }

    [Fact]
    public void Syntax_characters_around_a_word_still_find_the_word()
    {
        Assert.Equal(Engine.Search("pleegouders").Ids(), Engine.Search("+pleegouders^").Ids());
        Assert.Equal(Engine.Search("bondgenoot").Ids(), Engine.Search("(bondgenoot)").Ids());
        Assert.Equal(Engine.Search("bondgenoot").Ids(), Engine.Search("-bondgenoot*").Ids());
    }

    [Fact]
    public void A_very_long_query_is_answered()
    {
        var response = Engine.Search(string.Join(' ', Enumerable.Repeat("pleegouders kind", 2000)));

        Assert.NotNull(response);
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var alphabet = "abcdeijklmnoprstuvzëéï \"'*?~^:()[]{}+-!&|\\/ATONDR0123456789";
        var query = Gen.Char[alphabet].Array[0, 40].Select(chars => new string(chars));
        var anything = Gen.String[0, 40];

        Gen.Select(Gen.OneOf(query, anything), Gen.Bool).Sample((text, asYouType) =>
        {
            _ = Engine.Search(text, asYouType);
            _ = Engine.Snippet("Pleegouders en kinderen in de jeugdzorg.", text, 60, asYouType);
        }, iter: 300);
    }
}
