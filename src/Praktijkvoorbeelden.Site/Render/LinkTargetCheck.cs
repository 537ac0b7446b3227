namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// The target of a link or image in the body, Markdown or raw HTML: only http(s), mailto and
/// site-absolute paths, and a path must be a page or file the site publishes.
/// </summary>
internal sealed class LinkTargetCheck(LinkTargets targets, BodyReport report)
{
    public void Check(BodyPosition at, string url)
    {
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return;
        }

        var scheme = SchemeOf(url);
        if (scheme is "http" or "https" or "mailto")
        {
            return;
        }

        if (scheme.Length > 0 || url.StartsWith("//", StringComparison.Ordinal))
        {
            report.Error(at, $"De link '{url}' is niet toegestaan.", "Gebruik een link die begint met https:// of een pad op deze site dat begint met /.");
            return;
        }

        CheckPath(at, url);
    }

    /// <summary>
    /// Only a path on this site. For raw HTML: a scheme or another host there is already refused
    /// by <see cref="RawHtmlInspector"/>, in its own words.
    /// </summary>
    public void CheckPath(BodyPosition at, string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || SchemeOf(url).Length > 0 || url.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        if (!url.StartsWith('/'))
        {
            report.Error(at, $"De link '{url}' is een relatief pad; dat werkt niet op elke plek van de site.",
                "Schrijf het volledige pad vanaf de hoofdmap, bijvoorbeeld /voorbeelden/naam/.");
            return;
        }

        var path = url.Split('#', '?')[0];
        var normalised = Path.HasExtension(path) ? path : path.TrimEnd('/') + "/";
        if (!targets.Exists(normalised))
        {
            var guess = targets.Closest(normalised);
            report.Error(at, $"De link '{url}' wijst naar een pagina die niet bestaat.",
                guess is not null ? $"Bedoelt u '{guess}'?" : "Controleer de naam van het voorbeeld of thema.");
        }
    }

    private static string SchemeOf(string url) =>
        url.Contains(':', StringComparison.Ordinal) ? url[..url.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant() : "";
}
