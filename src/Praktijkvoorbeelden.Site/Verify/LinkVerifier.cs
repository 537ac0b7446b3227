using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Verify;

/// <summary>
/// The verify stage: every internal link and #anchor in the written HTML must resolve to a file
/// and an id in the output. It reads the files as served, under LinkRoot, so what passes here
/// works in the browser. External links are not fetched (no false alarms from other sites).
/// </summary>
public static partial class LinkVerifier
{
    public static void Verify(string root, string linkRoot, DiagnosticBag diagnostics)
    {
        var htmlFiles = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).ToList();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<(string From, string Href)>();
        Parallel.ForEach(htmlFiles, file =>
        {
            var html = File.ReadAllText(file);
            var relative = "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            ids[relative] = IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in LinkPattern().Matches(html))
            {
                links.Add((relative, WebUtility.HtmlDecode(m.Groups[2].Value)));
            }
        });

        foreach (var (from, href) in links.Distinct().OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.Href, StringComparer.Ordinal))
        {
            if (Problem(root, linkRoot, from, href, ids) is { } problem)
            {
                diagnostics.Error($"output{from}", 0, 0, $"Kapotte link naar '{href}': {problem}.",
                    "Controleer de link in de bron van deze pagina of in het sjabloon.");
            }
        }
    }

    private static string? Problem(string root, string linkRoot, string from, string href, ConcurrentDictionary<string, HashSet<string>> ids)
    {
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is not "file")
        {
            return null; // external or protocol links are not ours to check
        }

        var hashIndex = href.IndexOf('#', StringComparison.Ordinal);
        var pathPart = (hashIndex >= 0 ? href[..hashIndex] : href).Split('?')[0];
        var anchor = hashIndex >= 0 ? Uri.UnescapeDataString(href[(hashIndex + 1)..]) : null;
        string target;
        if (pathPart.Length == 0)
        {
            target = from;
        }
        else if (!pathPart.StartsWith('/'))
        {
            return "relatieve links zijn niet toegestaan in de uitvoer";
        }
        else if (!pathPart.StartsWith(linkRoot + "/", StringComparison.Ordinal))
        {
            return $"de link begint niet met LinkRoot '{linkRoot}'";
        }
        else
        {
            var sitePath = Uri.UnescapeDataString(pathPart[linkRoot.Length..]);
            target = sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
            if (!File.Exists(Path.Combine(root, target.TrimStart('/'))))
            {
                return "die pagina of dat bestand bestaat niet";
            }
        }

        if (anchor is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) &&
            (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(anchor)))
        {
            return $"het anker #{anchor} bestaat niet op die pagina";
        }

        return null;
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
