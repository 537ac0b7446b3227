using System.Net;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// Old URLs from <c>aliassen</c> keep working: a Netlify <c>_redirects</c> file gives a real 301
/// (forced with <c>!</c>, because the refresh page below exists at the same path and would win),
/// and a small page at the old path refreshes to the new one where no server rules apply.
/// </summary>
public static class Redirects
{
    public static IEnumerable<GeneratedFile> Create(SiteSettings settings, ContentSet content)
    {
        var aliases = content.Documents.SelectMany(d => d.Aliases.Select(a => (Alias: a, Target: d))).OrderBy(p => p.Alias, StringComparer.Ordinal).ToList();
        // Netlify serves the output folder at the root of its own host and matches a rule's from-path
        // against the path it receives. At the root (LinkRoot "") that is the visitor's path. Under a
        // sub-path the site sits behind a proxy that strips LinkRoot before it forwards the request,
        // so Netlify sees "/oud/" for the visitor's "/pv/oud/": the from-path is the site path without
        // LinkRoot, as for header rules. The target is sent back to the browser in the Location
        // header and goes through the proxy again, so it carries LinkRoot: "/oud/ /pv/over/ 301!".
        var lines = aliases.Select(p => $"{p.Alias} {settings.Link(p.Target.Path)} 301!");
        yield return new GeneratedFile("_redirects", string.Join('\n', lines) + "\n");
        foreach (var (alias, target) in aliases)
        {
            var file = alias.EndsWith('/') ? alias.TrimStart('/') + "index.html" : alias.TrimStart('/');
            yield return new GeneratedFile(file, RefreshPage(settings.Link(target.Path), settings.AbsoluteUrl(target.Path), target.Title));
        }
    }

    private static string RefreshPage(string link, string canonical, string title)
    {
        var t = WebUtility.HtmlEncode(title);
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>{t}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{canonical}">
            <meta http-equiv="refresh" content="0; url={link}">
            </head>
            <body>
            <p>Deze pagina is verhuisd naar <a href="{link}">{t}</a>.</p>
            </body>
            </html>
            """;
    }
}
