using CsCheck;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Alias strings: known tricks to leave the site or take over a page, paths built from the real
/// names of the fixture site (in any case, with and without index.html), and random characters.
/// </summary>
internal static class HostileAliases
{
    public static readonly string[] Known =
    [
        "//evil.example/", "https://evil.example", "https://evil.example/", "/\\evil.example", "\\\\evil.example", "/%2F%2Fevil", "/%2f%2fevil.example/",
        "/..%2f", "/..%2F..%2Fetc", "/%2e%2e/", "javascript:alert(1)", "/javascript:alert(1)", "data:text/html,x", "/\t/evil.example", "/ /evil.example",
        "/\u2215\u2215evil.example", "\uFF0F\uFF0Fevil.example", "/\uFF0Fevil.example", "/@evil.example", "/.@evil.example", "/evil.example:443/",
        " /oud/", "/oud /", "/oud/\n", "/oud/\r\nLocation: https://evil.example", "/oud/ https://evil.example 301!", "/oud/\t/nieuw/",
        "/.well-known/security.txt", "/_redirects", "/_headers", "/feed.xml", "/sitemap.xml", "/404.html", "/404/", "/robots.txt", "/index.html", "/INDEX.HTML",
        "/", "", "/zoeken/", "/ZOEKEN/", "/Zoeken", "/api/voorbeelden.json", "/assets/css/site.css", "/admin/", "/admin/config.yml",
        "/voorbeelden/", "/voorbeelden/index.html", "/voorbeelden.html", "/themas/", "/themas/meedoen/", "/themas/meedoen.html",
        "/voorbeelden/eerste-voorbeeld/", "/voorbeelden/eerste-voorbeeld", "/voorbeelden/eerste-voorbeeld/index.html", "/Voorbeelden/Eerste-Voorbeeld/",
        "/voorbeelden/eerste-voorbeeld.html", "/voorbeelden/eerste-voorbeeld/index.html/x/", "/over/", "/Over", "/over/index.html/", "/over.html",
        "/gemeenten/voorbeeldstad/", "/Gemeenten/Voorbeeldstad/", "/doelgroepen/jongeren/", "/werkvormen/", "/participatieniveaus/raadplegen/",
        "/oud/eerste/", "/oud/eerste", "/OUD/EERSTE/", "/oud/eerste/index.html", "/feed.xml/x/", "/sitemap.xml/", "/.", "/..", "/a/../../etc/passwd",
        "/a/./b", "/a//b", "/?q=1", "/#x", "/a;b", "/a:b", "/*", "/:splat", "/a b", "/%20", "/é", "/e\u0301", "/\u0000", "/\u202Eevil", "/~",
        "/" + new string('a', 300), "/" + string.Join('/', Enumerable.Repeat("a", 300)), "/oud/pagina/", "/Oud-Pagina.html", "/oud/v1.2/pagina",
    ];

    private static readonly string[] Parts =
    [
        "voorbeelden", "themas", "gemeenten", "doelgroepen", "werkvormen", "participatieniveaus", "zoeken", "api", "assets", "admin", "eerste-voorbeeld",
        "tweede-voorbeeld", "meedoen", "over", "bijdragen", "index.html", "feed.xml", "sitemap.xml", "404.html", "voorbeelden.json", "_redirects",
        ".well-known", "oud", "Oud", "OVER", "x.html", "..", ".", "", "%2F", "%2e%2e", "evil.example", "http:", "\\", "~", "-", "_x", "a.b", "css", "site.css",
        "voorbeeldstad", "jongeren", "index", "oud-adres", "2015", "pagina.aspx",
    ];

    private static Gen<string> Built { get; } = Gen.Select(Gen.OneOf(Parts).Array[1, 4], Gen.Bool, Gen.Int[0, 3]).Select(t =>
    {
        var path = "/" + string.Join('/', t.Item1) + (t.Item2 ? "/" : "");
        return t.Item3 switch
        {
            0 => path.ToUpperInvariant(),
            1 => char.ToUpperInvariant(path.Length > 1 ? path[1] : 'x') + path,
            _ => path,
        };
    });

    private static Gen<string> Random { get; } = Gen.Select(Gen.Bool, Gen.Char["/\\.:%?#@ \t\nabcAZ09-_~é\u2215\uFF0F\u0000"].Array[0, 20])
        .Select(t => (t.Item1 ? "/" : "") + new string(t.Item2));

    /// <summary>Ways to write a path that reaches the same file as a published one, or sits just next to it.</summary>
    public static readonly Func<string, string>[] NearMisses =
    [
        path => path,
        path => path.ToUpperInvariant(),
        path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path + "/",
        path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] : path,
        path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] + ".html" : path + ".html",
        path => path + "/oud/",
        path => path + "/index.html",
        path => "/oud" + path,
        path => path.Replace(".html", ".htm", StringComparison.Ordinal),
        path => path.TrimEnd('/') + "-oud/",
    ];

    public static Gen<string> Any { get; } = Gen.Frequency((3, Gen.OneOf(Known)), (4, Built), (2, Random), (1, Gen.String[0, 20]));
}
