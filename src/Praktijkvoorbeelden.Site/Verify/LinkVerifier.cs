using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Verify;

/// <summary>
/// The verify stage: every internal link and #anchor in the written HTML must resolve to a file
/// and an id in the output. It checks the links as served, under LinkRoot, so what passes here
/// works in the browser. External links are not fetched (no false alarms from other sites).
/// </summary>
public static class LinkVerifier
{
    /// <summary>
    /// Checks pages given as HTML: <paramref name="pages"/> by site path ("/over/index.html"),
    /// <paramref name="files"/> every file in the output.
    /// </summary>
    public static void Verify(IReadOnlyCollection<(string SitePath, string Html)> pages, ICollection<string> files, string linkRoot, DiagnosticBag diagnostics)
    {
        var index = new LinkIndex();
        Parallel.ForEach(pages, page => index.Add(page.SitePath, page.Html));
        Verify(index, files, linkRoot, diagnostics);
    }

    /// <summary>Checks the links gathered while the pages were written.</summary>
    public static void Verify(LinkIndex index, ICollection<string> files, string linkRoot, DiagnosticBag diagnostics)
    {
        var existing = files as ISet<string> ?? files.ToHashSet(StringComparer.Ordinal);
        foreach (var (from, href, pages) in index.Links.OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.Href, StringComparer.Ordinal))
        {
            if (Problem(existing, linkRoot, from, href, index) is { } problem)
            {
                var where = pages > 1 ? $" Deze link staat op {pages} pagina's; dit is de eerste." : "";
                diagnostics.Error($"output{from}", 0, 0, $"Kapotte link naar '{href}': {problem}.{where}",
                    "Controleer de link in de bron van deze pagina of in het sjabloon.");
            }
        }
    }

    private static string? Problem(ISet<string> files, string linkRoot, string from, string href, LinkIndex index)
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
            if (!files.Contains(target))
            {
                return "die pagina of dat bestand bestaat niet";
            }
        }

        if (anchor is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) &&
            !index.HasId(target, anchor))
        {
            return $"het anker #{anchor} bestaat niet op die pagina";
        }

        return null;
    }
}
