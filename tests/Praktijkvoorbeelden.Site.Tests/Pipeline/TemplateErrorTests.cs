using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// A broken template names the file that was actually used (input/... when it overrides the
/// theme), with the line when Fluid gives one, and never crashes the build.
/// </summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly TestSite _site = new("compleet");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_layout_override_with_a_syntax_error_is_named_with_its_line()
    {
        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1>\n<p>tekst</p>\n<p>{{ page.title | }}</p>\n");

        var error = Assert.Single(Errors(_site.Build()));

        Assert.Equal("input/_layouts/pagina.liquid", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_layout_override_that_fails_while_rendering_is_named_instead_of_the_theme_layout()
    {
        _site.Write("_layouts/pagina.liquid", "<h1>{{ page.title }}</h1>\n{% include 'bestaat-niet' %}\n");

        var result = _site.Build(); // must not throw: a broken template is a message, not a crash

        var errors = Errors(result);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("input/_layouts/pagina.liquid", e.File));
        Assert.All(errors, e => Assert.Equal(2, e.Line)); // the line of the include tag
        Assert.All(errors, e => Assert.Contains("bestaat-niet", e.Message, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("/over/", StringComparison.Ordinal)); // which page it was making
        Assert.Null(result.OutputDirectory);
    }

    [Fact]
    public void An_include_in_input_with_a_syntax_error_is_named_with_its_folder_and_line()
    {
        _site.Write("_includes/site-footer.liquid", "<footer>\n<p>{{ site.title }}</p>\n<p>{% for x in %}</p>\n</footer>\n");

        var error = Assert.Single(Errors(_site.Build()));

        Assert.Equal("input/_includes/site-footer.liquid", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("geen geldige Liquid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_in_input_that_fails_while_rendering_is_named_not_the_layout_that_includes_it()
    {
        // voorbeeld-kaarten is included by several layouts; its own include is what is broken.
        _site.Write("_includes/voorbeeld-kaarten.liquid", "<ul>\n{% include 'kaart-bestaat-niet' %}\n</ul>\n");

        var errors = Errors(_site.Build());

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("input/_includes/voorbeeld-kaarten.liquid", e.File));
        Assert.All(errors, e => Assert.Equal(2, e.Line));
        Assert.All(errors, e => Assert.Contains("kaart-bestaat-niet", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_include_that_includes_itself_is_named_and_does_not_crash_the_build()
    {
        _site.Write("_includes/breadcrumbs.liquid", "<nav>{% include 'breadcrumbs' %}</nav>");

        var errors = Errors(_site.Build());

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("input/_includes/breadcrumbs.liquid", e.File));
    }

    private static List<Diagnostic> Errors(Praktijkvoorbeelden.Site.Pipeline.BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
}
