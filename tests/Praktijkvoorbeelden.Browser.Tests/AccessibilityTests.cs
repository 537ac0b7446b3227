using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Praktijkvoorbeelden.Browser.Tests.Support;

namespace Praktijkvoorbeelden.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.2 AA problem on any page type, on a wide and on a narrow screen.</summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_violations_on_a_wide_screen(string kind) => await AssertNoViolationsAsync(kind, 1280);

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_violations_on_a_320_pixel_screen(string kind) => await AssertNoViolationsAsync(kind, 320);

    private async Task AssertNoViolationsAsync(string kind, int width)
    {
        await using var session = await site.OpenAsync(width: width);
        var path = site.PathOf(kind);
        await session.GotoAsync(path);

        var result = await session.Page.RunAxe(Wcag22AA);

        Assert.True(result.Violations.Length == 0, Describe(path, width, result.Violations));
    }

    private static string Describe(string path, int width, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Length} violation(s) on {path} at {width}px:\n");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine($"       {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
