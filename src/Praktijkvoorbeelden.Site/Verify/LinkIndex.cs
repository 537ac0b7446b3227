using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace Praktijkvoorbeelden.Site.Verify;

/// <summary>
/// The ids and links of the written pages, gathered while each page is written, so that the
/// HTML of ten thousand pages need not stay in memory until the link check. A link that many
/// pages share (the menu, the footer) is kept once, with the first page that has it and the
/// number of pages that have it, so a broken template link is one error, not ten thousand.
/// </summary>
public sealed partial class LinkIndex
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string First, int Pages)> _pagesWith = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string From, string Href)> _ownAnchors = [];

    /// <summary>Records one page; safe to call from several threads.</summary>
    public void Add(string sitePath, string html)
    {
        _ids[sitePath] = IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in LinkPattern().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups[2].Value);
            if (href.StartsWith('#'))
            {
                _ownAnchors.Add((sitePath, href)); // relative to this page
            }
            else
            {
                // The alphabetically first page, so the report is the same on every run.
                _pagesWith.AddOrUpdate(href, (sitePath, 1), (_, seen) =>
                    (string.CompareOrdinal(sitePath, seen.First) < 0 ? sitePath : seen.First, seen.Pages + 1));
            }
        }
    }

    /// <summary>Each distinct link with the first page that has it and how many pages have it.</summary>
    public IEnumerable<(string From, string Href, int Pages)> Links =>
        _pagesWith.Select(p => (From: p.Value.First, Href: p.Key, p.Value.Pages))
            .Concat(_ownAnchors.Distinct().Select(a => (a.From, a.Href, Pages: 1)));

    public bool HasId(string sitePath, string id) => _ids.TryGetValue(sitePath, out var ids) && ids.Contains(id);

    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
