using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing needs scrolling sideways.</summary>
public sealed class ReflowTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task At_320_pixels_wide_the_page_does_not_scroll_sideways(string kind)
    {
        await using var session = await site.OpenAsync(width: 320, height: 640);
        await session.GotoAsync(site.PathOf(kind));

        var widths = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var widest = await session.Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')).join(', ')
            """);

        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]}px wide in a {widths[1]}px window; too wide: {widest}");
    }
}
