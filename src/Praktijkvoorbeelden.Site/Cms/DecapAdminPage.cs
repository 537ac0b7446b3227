using System.Net;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>
/// The page at /admin/ that starts the web editor. It is generated rather than copied from the
/// theme, because its two URLs must carry LinkRoot. The script itself is vendored in theme/admin/.
/// No inline script or style: the page works under the site's Content-Security-Policy rules.
/// </summary>
public static class DecapAdminPage
{
    public const string RelativePath = "admin/index.html";

    /// <summary>The vendored Decap CMS bundle, published from theme/admin/.</summary>
    public const string ScriptSitePath = "/admin/decap-cms.js";

    /// <summary>
    /// The Content-Security-Policy that /admin/* needs instead of the site's. Decap validates its
    /// configuration with compiled JSON schemas ('unsafe-eval') and styles itself with CSS-in-JS
    /// ('unsafe-inline' styles); it talks to the GitHub API and shows GitHub avatars. Everything
    /// else stays as strict as on the rest of the site, and only the editor's own page gets this.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; " +
        "connect-src 'self' https://api.github.com; frame-src 'none'; frame-ancestors 'none'; " +
        "base-uri 'self'; form-action 'self'; object-src 'none'";

    public static string Create(SiteSettings settings)
    {
        var title = WebUtility.HtmlEncode(settings.SiteTitle);
        var config = WebUtility.HtmlEncode(settings.Link("/" + DecapConfig.RelativePath));
        var script = WebUtility.HtmlEncode(settings.Link(ScriptSitePath));
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Webeditor | {title}</title>
            <link href="{config}" type="text/yaml" rel="cms-config-url">
            </head>
            <body>
            <noscript><p>De webeditor werkt alleen met JavaScript. Zet JavaScript aan, of stel een voorbeeld voor via GitHub.</p></noscript>
            <script src="{script}"></script>
            </body>
            </html>

            """;
    }
}
