using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>A file in input/ replaces the theme file with the same path, in a real build.</summary>
public sealed class OverrideRuleTests : IDisposable
{
    private readonly TestSite _site = new("compleet");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_layout_in_input_replaces_the_theme_layout_for_that_page_type_only()
    {
        _site.Write("_layouts/pagina.liquid", "<h1 class=\"eigen-opmaak\">{{ page.title }}</h1>{{ page.body_html | raw }}");

        _site.BuildSucceeded();

        Assert.NotNull(_site.Page("/over/").QuerySelector("main h1.eigen-opmaak"));
        Assert.Null(_site.Page("/voorbeelden/jij-meter/").QuerySelector(".eigen-opmaak"));
        Assert.NotNull(_site.Page("/over/").QuerySelector("main h2#wie")); // the body still renders in the new layout
    }

    [Fact]
    public void A_stylesheet_in_input_replaces_the_theme_stylesheet_under_a_new_address()
    {
        _site.BuildSucceeded();
        var before = SiteCssHref();
        const string css = "/* eigen huisstijl */ body { color: #123456; }\n";
        _site.Write("assets/css/site.css", css);

        _site.BuildSucceeded();

        var after = SiteCssHref();
        Assert.NotEqual(before, after); // visitors with the old file cached get the new one
        Assert.Equal(css, File.ReadAllText(Path.Combine(_site.Output, after.TrimStart('/'))));
    }

    [Fact]
    public void An_image_in_input_is_published_at_its_plain_path()
    {
        _site.BuildSucceeded();

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(_site.Input, "assets/img/schema.png")),
            File.ReadAllBytes(Path.Combine(_site.Output, "assets/img/schema.png")));
    }

    private string SiteCssHref() =>
        _site.Page("/").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Single(h => h.EndsWith("/css/site.css", StringComparison.Ordinal));
}
