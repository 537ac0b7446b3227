using Praktijkvoorbeelden.Content.Tests.Support;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Content.Tests;

/// <summary>
/// The ministry and Jeugdzorg Nederland link to this site, so a published URL must never break.
/// published-urls.txt lists every public URL of the real site; it is committed and only ever
/// grows. A page that moves keeps its old URL as an alias (aliassen: in its front matter), which
/// the build turns into a 301 and a refresh page.
/// </summary>
public sealed class UrlPermanenceTests(RealSiteBuild site) : IClassFixture<RealSiteBuild>
{
    private const string ListFile = "published-urls.txt";
    private readonly HashSet<string> _built = site.PublicUrls;
    private readonly IReadOnlyDictionary<string, string> _redirects = site.Redirects;

    [Fact]
    public void Every_published_url_still_leads_to_a_page()
    {
        var gone = Published().Where(url => !_built.Contains(url)).ToList();
        Assert.True(gone.Count == 0,
            "These published URLs are gone. Give the page that replaces each one an alias " +
            "(aliassen: in its front matter) instead of removing the URL:\n" + string.Join('\n', gone));

        var redirectsToNowhere = Published().Where(_redirects.ContainsKey).Where(url => !_built.Contains(_redirects[url])).ToList();
        Assert.True(redirectsToNowhere.Count == 0, "These published URLs redirect to a page that does not exist:\n" + string.Join('\n', redirectsToNowhere));
    }

    [Fact]
    public void Every_public_url_of_the_site_is_in_the_committed_list()
    {
        var unlisted = _built.Except(Published()).Order(StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0,
            $"New public URLs: add them to tests/Praktijkvoorbeelden.Content.Tests/{ListFile}, so they are protected from now on:\n" +
            string.Join('\n', unlisted));
    }

    [Fact]
    public void The_list_is_sorted_without_duplicates_so_changes_review_well()
    {
        var urls = Published();
        Assert.Equal(urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), urls);
        Assert.Contains("/", urls);
    }

    private static List<string> Published() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "Praktijkvoorbeelden.Content.Tests", ListFile))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
