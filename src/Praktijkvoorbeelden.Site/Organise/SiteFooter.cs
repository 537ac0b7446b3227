using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// The pages about the site itself that every page links to in its footer (so the accessibility
/// statement and the privacy page are never more than one click away). Only pages that exist are
/// listed, so a site without, say, a privacy page has no broken link.
/// </summary>
public static class SiteFooter
{
    private static readonly (string Title, string Path)[] Pages =
    [
        ("Over deze site", "/over/"),
        ("Toegankelijkheid", "/toegankelijkheid/"),
        ("Privacy", "/privacy/"),
        ("Bijdragen", "/bijdragen/"),
    ];

    public static IReadOnlyList<NavItemView> Links(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var existing = content.Paginas.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        return Pages.Where(p => existing.Contains(p.Path)).Select(p => new NavItemView(p.Title, p.Path, false)).ToList();
    }
}
