using CsCheck;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>Gemeente names become URL slugs: lower case, no diacritics, hyphens for the rest.</summary>
public sealed class SlugsTests
{
    internal const string InvariantNormalizeBug =
        "BUG: Slugs.From drops every accented letter because string.Normalize is a no-op with InvariantGlobalization (src/Praktijkvoorbeelden.Site/Parse/Slugs.cs)";

    // Letters a contributor may type in a Dutch or Frisian municipality name, plus punctuation.
    private const string NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'().,/&éèëêáàâäíïîóöôúüûçñÉËÁÂÓÖÚÜ";

    [Theory]
    [InlineData("Súdwest-Fryslân", "sudwest-fryslan")]
    [InlineData("Noardeast-Fryslân", "noardeast-fryslan")]
    [InlineData("'s-Hertogenbosch", "s-hertogenbosch")]
    [InlineData("Bergen (NH)", "bergen-nh")]
    [InlineData("Groningen", "groningen")]
    [InlineData("  Den Haag  ", "den-haag")]
    [InlineData("Cliënten & ouders", "clienten-ouders")]
    public void Municipality_names_become_readable_slugs(string name, string slug) =>
        Assert.Equal(slug, Slugs.From(name));

    [Fact]
    public void Composed_and_decomposed_diacritics_give_the_same_slug()
    {
        const string composed = "S\u00FAdwest-Frysl\u00E2n"; // ú and â as one character each, as most editors save them
        const string decomposed = "Su\u0301dwest-Frysla\u0302n"; // u and a followed by a combining accent

        Assert.Equal("sudwest-fryslan", Slugs.From(decomposed));
        Assert.Equal(Slugs.From(decomposed), Slugs.From(composed));
    }

    [Fact]
    public void Any_name_gives_only_lower_case_letters_digits_and_single_inner_hyphens()
    {
        Gen.Char[NameCharacters].Array[0, 40].Select(c => new string(c)).Sample(name =>
        {
            var slug = Slugs.From(name);
            Assert.True(slug.Length == 0 || Slugs.IsValid(slug), $"'{name}' gave '{slug}'");
        });
    }

    [Fact]
    public void A_slug_is_its_own_slug()
    {
        Gen.Char[NameCharacters].Array[0, 40].Select(c => new string(c)).Sample(name =>
        {
            var slug = Slugs.From(name);
            Assert.Equal(slug, Slugs.From(slug));
        });
    }

    [Theory]
    [InlineData("groningen-interviews", true)]
    [InlineData("jij-meter-2015", true)]
    [InlineData("Groningen", false)]
    [InlineData("met spatie", false)]
    [InlineData("-begin", false)]
    [InlineData("eind-", false)]
    [InlineData("dubbel--streepje", false)]
    [InlineData("cliënten", false)]
    [InlineData("", false)]
    [InlineData("met_underscore", false)]
    public void File_names_are_checked_before_they_become_addresses(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));
}
