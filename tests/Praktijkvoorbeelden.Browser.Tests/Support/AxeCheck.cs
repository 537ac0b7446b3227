using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Praktijkvoorbeelden.Browser.Tests.Support;

/// <summary>Runs axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules and fails with a readable list of what it found.</summary>
internal static class AxeCheck
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task AssertNoViolationsAsync(BrowserSite site, string kind, int width)
    {
        await using var session = await site.OpenAsync(width: width);
        var path = site.PathOf(kind);
        await session.GotoAsync(path);

        var result = await session.Page.RunAxe(Wcag22AA);

        Assert.True(result.Violations.Length == 0, Describe(path, width, result.Violations));
    }

    /// <summary>The same check on a page that a test has already brought into the state to check (for example with search results shown).</summary>
    public static async Task AssertNoViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(Wcag22AA);

        Assert.True(result.Violations.Length == 0, Describe(page.Url, page.ViewportSize?.Width ?? 0, result.Violations));
    }

    private static string Describe(string path, int width, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe-core found {violations.Length} violation(s) on {path} at {width}px:\n");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine($"    at {node.Target}: {node.Html}");
                text.AppendLine($"       {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
