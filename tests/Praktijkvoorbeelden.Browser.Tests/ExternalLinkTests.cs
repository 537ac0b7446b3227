using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>
/// A link to another website shows an icon on screen, in the link's own colour, and a screen
/// reader hears "(externe website)" as part of the link's name; on paper the address replaces the icon.
/// </summary>
public sealed partial class ExternalLinkTests(BrowserSite site)
{
    // Reads the ::after box of a link: its mask, size and colour next to the link's own colour.
    private const string IconOf = """
        a => {
          const after = getComputedStyle(a, '::after');
          const box = a.querySelector('.pv-visually-hidden').getBoundingClientRect();
          return [after.maskImage || after.webkitMaskImage, after.maskSize || after.webkitMaskSize, after.backgroundColor, getComputedStyle(a).color, String(box.width * box.height), after.paddingInlineEnd];
        }
        """;

    [Theory]
    [InlineData("main")]
    [InlineData("footer")]
    public async Task An_external_link_shows_an_icon_in_the_colour_of_its_text(string area)
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(ExternalLinkPage());

        var link = session.Page.Locator($"{area} a.link--extern").First;
        var icon = await link.EvaluateAsync<string[]>(IconOf);

        Assert.Contains("data:image/svg+xml", icon[0], StringComparison.Ordinal);
        var size = double.Parse(icon[1].Split(' ')[0].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(size >= 10, $"icon size {icon[1]}");
        Assert.Equal(icon[1].Split(' ')[0], icon[5]); // the padding that holds the icon is as wide as the icon
        Assert.Equal(icon[3], icon[2]); // the icon has the contrast of the link text on this background
        Assert.True(double.Parse(icon[4], System.Globalization.CultureInfo.InvariantCulture) <= 1, "the words for screen readers take no room on screen");
        Assert.Empty(session.Problems); // the data: mask is allowed by the Content-Security-Policy
    }

    [Fact]
    public async Task A_screen_reader_hears_that_each_external_link_leaves_the_site()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(ExternalLinkPage());

        var external = await session.Page.Locator("a.link--extern").CountAsync();
        var named = await session.Page.GetByRole(AriaRole.Link, new() { NameRegex = ExternalName() }).CountAsync();

        Assert.True(external > 1, "expected external links in the content and the footer");
        Assert.Equal(external, named);
    }

    [Fact]
    public async Task On_paper_the_address_replaces_the_icon()
    {
        await using var session = await site.OpenAsync();
        await session.GotoAsync(ExternalLinkPage());
        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var link = session.Page.Locator("main a.link--extern").First;
        var icon = await link.EvaluateAsync<string[]>(IconOf);
        var content = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");

        Assert.Equal("none", icon[0]);
        Assert.Contains(await link.GetAttributeAsync("href") ?? "?", content, StringComparison.Ordinal);
    }

    private string ExternalLinkPage() =>
        site.Site.FirstPageWithInMain("voorbeelden", "link--extern") ?? throw new InvalidOperationException("No voorbeeld links to another website.");

    [GeneratedRegex(@"\(externe website\)$")]
    private static partial Regex ExternalName();
}
