using System.Text;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>
/// The vendored Decap CMS itself reads the generated configuration in a real browser: it shows
/// its login screen, not its "Config Errors" screen, also under a sub-path (LinkRoot).
/// </summary>
public sealed class DecapEditorInBrowserTests
{
    // The policy netlify.toml gives every page of the site.
    private const string SitePolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    [Fact]
    public void The_editor_accepts_the_generated_configuration_under_the_admin_policy()
    {
        var text = EditorText(DecapAdminPage.ContentSecurityPolicy);

        Assert.DoesNotContain("Config Errors", text, StringComparison.Ordinal);
        Assert.Contains("Inloggen met GitHub", text, StringComparison.Ordinal); // Dutch locale, GitHub backend
    }

    [Fact]
    public void The_editor_cannot_start_under_the_site_policy_so_admin_needs_its_own()
    {
        var text = EditorText(SitePolicy);

        Assert.DoesNotContain("Inloggen met GitHub", text, StringComparison.Ordinal);
    }

    private static string EditorText(string policy)
    {
        var config = new GeneratedConfig("/pv");
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal)
        {
            ["/pv/" + DecapAdminPage.RelativePath] = (Encoding.UTF8.GetBytes(DecapAdminPage.Create(config.Settings)), "text/html; charset=utf-8"),
            ["/pv/" + DecapConfig.RelativePath] = (Encoding.UTF8.GetBytes(config.Text), "text/yaml; charset=utf-8"),
            ["/pv" + DecapAdminPage.ScriptSitePath] = (File.ReadAllBytes(Path.Combine(Repository.Root, "theme", "admin", "decap-cms.js")), "text/javascript"),
        };
        using var site = new LocalSite(files, policy);

        var dom = HeadlessChromium.DumpDom(site.Url("/pv/admin/"));

        return new HtmlParser().ParseDocument(dom).Body?.TextContent ?? "";
    }
}
