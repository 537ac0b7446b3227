using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.2 AA problem on any page type on a desktop screen.</summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_violations_on_a_wide_screen(string kind) => await AxeCheck.AssertNoViolationsAsync(site, kind, 1280);
}

/// <summary>
/// The same check on a 320 pixel wide phone screen, where the layout is different (target
/// sizes, wrapped menus). A class of its own so it runs next to the wide check, not after it.
/// </summary>
public sealed class NarrowScreenAccessibilityTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_violations_on_a_320_pixel_screen(string kind) => await AxeCheck.AssertNoViolationsAsync(site, kind, 320);
}
