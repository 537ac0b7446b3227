using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

public sealed class FixtureBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Builds_every_page_type_of_the_good_fixture()
    {
        _site.BuildSucceeded();

        foreach (var path in new[] { "/", "/over/", "/voorbeelden/", "/voorbeelden/eerste-voorbeeld/", "/themas/", "/themas/meedoen/",
                     "/gemeenten/", "/gemeenten/voorbeeldstad/", "/doelgroepen/jongeren/", "/participatieniveaus/raadplegen/", "/werkvormen/panel/", "/404.html" })
        {
            var page = _site.Page(path);
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.QuerySelector("main#inhoud h1"));
        }
    }

    [Fact]
    public void A_theme_page_shows_its_curated_examples_in_the_chosen_order()
    {
        _site.BuildSucceeded();

        var titles = _site.Page("/themas/meedoen/").QuerySelectorAll(".pv-card__title").Select(e => e.TextContent.Trim()).ToList();

        Assert.Equal(["Een panel van ouders", "Voorbeeldstad praat met jongeren"], titles);
    }
}
