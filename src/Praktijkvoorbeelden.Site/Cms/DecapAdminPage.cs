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
