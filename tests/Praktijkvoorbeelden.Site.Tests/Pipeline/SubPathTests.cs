using AngleSharp.Html.Dom;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>
/// Served under /pv, every site-internal URL in every page carries the sub-path and leads to a
/// file that exists (Statiq's users lost their search and links exactly here).
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class SubPathTests(CompleteSiteUnderSubPath fixture)
{
    private const string Root = "/pv";
    private readonly BuiltSite _built = fixture.Built;

    [Fact]
    public void Every_internal_href_and_src_in_every_page_starts_with_the_sub_path_and_resolves()
    {
        var pages = _built.Pages;
        var files = _built.Site.OutputFiles().ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var checkedLinks = 0;

        foreach (var (path, page) in pages)
        {
            foreach (var url in page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (IsExternal(url))
                {
                    continue;
                }

                checkedLinks++;
                if (Resolve(url, path, files, pages) is { } problem)
                {
                    problems.Add($"{path}: {url}: {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedLinks > pages.Count * 5, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Every_form_submits_to_a_page_under_the_sub_path()
    {
        var forms = _built.Pages.SelectMany(p => p.Value.QuerySelectorAll("form").Select(f => (Page: p.Key, Action: f.GetAttribute("action") ?? ""))).ToList();
        Assert.NotEmpty(forms); // the search box is on every page

        Assert.All(forms, f => Assert.StartsWith(Root + "/", f.Action, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_form_submits_to_a_page_that_exists()
    {
        var files = _built.Site.OutputFiles().ToHashSet(StringComparer.Ordinal);
        var pages = _built.Pages;
        var actions = pages.SelectMany(p => p.Value.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!)).Distinct().ToList();

        Assert.All(actions, action => Assert.Null(Resolve(action, "/index.html", files, pages)));
    }

    [Fact]
    public void Scripts_find_the_sub_path_in_a_data_attribute_on_every_page()
    {
        foreach (var (path, page) in _built.Pages.Where(p => !HeadMetadataTests.IsRefreshPage(p.Value)))
        {
            Assert.True(page.DocumentElement.GetAttribute("data-link-root") == Root, $"{path} lacks data-link-root=\"{Root}\"");
        }
    }

    [Fact]
    public void Every_alias_redirects_under_the_sub_path_with_a_forced_301()
    {
        var rules = _built.Site.OutputText("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        // From: the path Netlify sees behind the proxy that strips the sub-path. To: the visitor's address.
        var expected = _built.Content.Documents.SelectMany(d => d.Aliases.Select(a => (From: a, To: Root + d.Path))).ToList();
        Assert.NotEmpty(expected);

        Assert.Equal(expected.Select(e => $"{e.From} {e.To} 301!").Order(StringComparer.Ordinal), rules.Select(r => string.Join(' ', r)).Order(StringComparer.Ordinal));
        var files = _built.Site.OutputFiles().ToHashSet(StringComparer.Ordinal);
        Assert.All(expected, e => Assert.Contains(SitePathToFile(e.To[Root.Length..]), files));
    }

    [Fact]
    public void Every_alias_has_a_refresh_page_that_points_to_the_new_address()
    {
        foreach (var document in _built.Content.Documents)
        {
            foreach (var alias in document.Aliases)
            {
                var page = _built.Site.Page(alias);
                var refresh = page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content");

                Assert.Equal($"0; url={Root}{document.Path}", refresh);
                Assert.Equal($"https://example.org{Root}{document.Path}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void The_stylesheets_are_the_fingerprinted_theme_files()
    {
        var page = _built.Site.Page("/");
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(stylesheets);

        foreach (var href in stylesheets)
        {
            Assert.Matches($"^{Root}/assets/h/[0-9a-f]+/", href);
            var relative = href[(Root + "/assets/h/").Length..];
            var published = Path.Combine(_built.Site.Output, href[(Root.Length + 1)..]);
            var source = Path.Combine(Support.TestSite.Theme, "assets", relative[(relative.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(published));
        }
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);

    private static string SitePathToFile(string sitePath) => sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>Null when the URL works for a visitor of the page at <paramref name="from"/>, otherwise why not.</summary>
    private static string? Resolve(string url, string from, HashSet<string> files, IReadOnlyDictionary<string, IHtmlDocument> pages)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var path = (hash >= 0 ? url[..hash] : url).Split('?')[0];
        string target;
        if (path.Length == 0)
        {
            target = from;
        }
        else if (!path.StartsWith(Root + "/", StringComparison.Ordinal))
        {
            return "does not start with " + Root + "/";
        }
        else
        {
            target = SitePathToFile(Uri.UnescapeDataString(path[Root.Length..]));
            if (!files.Contains(target))
            {
                return "no such file in the output";
            }
        }

        if (anchor.Length > 0 && (!pages.TryGetValue(target, out var page) || page.GetElementById(anchor) is null))
        {
            return $"no element with id '{anchor}'";
        }

        return null;
    }
}
