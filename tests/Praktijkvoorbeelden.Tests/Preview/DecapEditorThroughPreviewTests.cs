using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Site.Tests.Cms;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>
/// The web editor as the live site serves it: the built site under LinkRoot, the headers of the real
/// netlify.toml applied by the preview server, and the vendored Decap CMS in a real Chromium. It
/// starts (its GitHub login screen) because of the /admin/* rule, and not without that rule.
/// </summary>
public sealed class DecapEditorThroughPreviewTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    [Fact]
    public void The_editor_starts_under_the_headers_of_netlify_toml()
    {
        Assert.True(File.Exists(fixture.Site.PathOf("admin/index.html")), "the build has no web editor");

        var text = EditorText(fixture.Server.BaseAddress);

        Assert.DoesNotContain("Config Errors", text, StringComparison.Ordinal);
        Assert.Contains("Inloggen met GitHub", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_admin_rule_the_site_policy_stops_the_editor()
    {
        var withoutAdminRule = fixture.Netlify with { Headers = [.. fixture.Netlify.Headers.Where(h => h.For != "/admin/*")] };
        Assert.NotEqual(fixture.Netlify.Headers.Count, withoutAdminRule.Headers.Count);
        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions(fixture.Site.Output, BuiltFixtureSite.LinkRoot, 0, withoutAdminRule, LiveReload: false), TestContext.Current.CancellationToken);

        var text = EditorText(server.BaseAddress);

        Assert.DoesNotContain("Inloggen met GitHub", text, StringComparison.Ordinal);
    }

    private static string EditorText(Uri home)
    {
        var dom = HeadlessChromium.DumpDom(new Uri(home, "admin/").AbsoluteUri);
        return new HtmlParser().ParseDocument(dom).Body?.TextContent ?? "";
    }
}
