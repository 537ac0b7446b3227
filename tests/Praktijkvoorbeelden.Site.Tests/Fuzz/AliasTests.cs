using AngleSharp.Html.Parser;
using CsCheck;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Whatever a contributor writes in 'aliassen', the alias is refused with a Dutch message on its
/// line, or it is a path on this site that redirects to this site and takes the place of nothing
/// the site publishes.
/// </summary>
public sealed class AliasTests(ITestOutputHelper output)
{
    private const string LinkRoot = "/pv";
    private const string Over = "input/" + FixtureCheck.Pagina;
    private static readonly HtmlParser Html = new();

    /// <summary>Every file a normal build of the fixture writes, without case: an alias may replace none of them.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Published = new(() =>
    {
        using var site = new TestSite();
        var result = FullCheck.BuildWithoutSearch(site);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site.OutputFiles().ToDictionary(f => f, f => File.ReadAllText(Path.Combine(site.Output, f.TrimStart('/'))), StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>Near misses of every published file: other case, without index.html, with .html, one folder deeper.</summary>
    private static readonly Lazy<Gen<string>> NearMisses = new(() =>
        Gen.Select(Gen.OneOf([.. Published.Value.Keys]), Gen.OneOf(HostileAliases.NearMisses)).Select(t => t.Item2(t.Item1)));

    /// <summary>Known tricks, paths built from the site's names, random text, and near misses.</summary>
    private static readonly Lazy<Gen<string>> Aliases = new(() => Gen.Frequency((3, HostileAliases.Any), (2, NearMisses.Value)));

    [Fact]
    public void An_alias_is_refused_or_stays_on_this_site_and_shadows_nothing()
    {
        var counter = new InputCounter(output, "random aliases (parse stage + redirects)");
        try
        {
            Aliases.Value.Sample(alias =>
            {
                counter.Tried();
                var outcome = FixtureCheck.Run(FixtureCheck.Pagina, PageWithAlias(alias));

                DiagnosticRules.AssertWellFormed(outcome.Diagnostics, outcome.LineCounts);
                if (outcome.HasErrors)
                {
                    Assert.Contains(outcome.Diagnostics, d => d.Severity == Severity.Error && d.File == Over && d.Line == 4);
                    return;
                }

                counter.Accepted();
                var page = Assert.Single(outcome.Content.Paginas, p => p.File.DisplayPath == Over);
                var accepted = Assert.Single(page.Aliases);
                AssertStaysOnSite(accepted, page, outcome.Content);
                AssertShadowsNothing(accepted, outcome.Content);
            }, iter: 1_500, print: Show.Text);
        }
        finally
        {
            counter.Report();
        }
    }

    /// <summary>The real build with an accepted alias: every file of the normal build is still there, unchanged.</summary>
    [Fact]
    public void A_build_with_an_accepted_alias_still_publishes_every_page_unchanged()
    {
        var counter = new InputCounter(output, "aliases, full builds");
        try
        {
            // Mostly near misses: those are accepted most often and come closest to a published file.
            Gen.Frequency((1, HostileAliases.Any), (3, NearMisses.Value)).Sample(alias =>
            {
                counter.Tried();
                if (FixtureCheck.Run(FixtureCheck.Pagina, PageWithAlias(alias)).HasErrors)
                {
                    return; // refused: the property above checks the message
                }

                counter.Accepted();
                using var site = new TestSite();
                site.Write(FixtureCheck.Pagina, PageWithAlias(alias));
                var result = FullCheck.BuildWithoutSearch(site);
                Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
                foreach (var (file, content) in Published.Value.Where(p => p.Key != "/_redirects"))
                {
                    var path = Path.Combine(site.Output, file.TrimStart('/'));
                    Assert.True(File.Exists(path), $"{file} is gone after adding the alias '{alias}'");
                    Assert.True(content == File.ReadAllText(path), $"{file} changed after adding the alias '{alias}'");
                }

                var redirect = Assert.Single(site.OutputText("_redirects").Split('\n'), l => l.EndsWith(" /over/ 301!", StringComparison.Ordinal));
                Assert.StartsWith("/", redirect, StringComparison.Ordinal);
            }, iter: 40, print: Show.Text);
        }
        finally
        {
            counter.Report();
        }
    }

    private static string PageWithAlias(string alias) =>
        $"---\ntitel: Over deze site\nmenu: 1\naliassen: [{YamlText.Quote(alias)}]\n---\n## Wie\n\nDe redactie.\n";

    private static void AssertStaysOnSite(string alias, Document target, ContentSet content)
    {
        var site = new Uri("https://example.org/");
        var settings = Samples.Settings(LinkRoot, "example.org");
        var files = Redirects.Create(settings, content).ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);

        // The _redirects line: exactly "from to 301!". Netlify sits behind a proxy that strips LinkRoot,
        // so the from-path is the alias as Netlify receives it; the target goes back to the browser
        // and through the proxy again, so it is the page under LinkRoot. Both stay on this site.
        var line = Assert.Single(files["_redirects"].Split('\n'), l => l.StartsWith(alias + " ", StringComparison.Ordinal));
        var fields = line.Split(' ');
        Assert.Equal([alias, LinkRoot + target.Path, "301!"], fields);
        var visitorAddress = new Uri(site, LinkRoot + alias);
        Assert.Equal(fields[0], visitorAddress.AbsolutePath[LinkRoot.Length..]); // what the proxy forwards
        Assert.Equal(site.Host, new Uri(site, fields[0]).Host);
        var location = new Uri(visitorAddress, fields[1]);
        Assert.Equal(site.Host, location.Host);
        Assert.Equal(LinkRoot + target.Path, location.AbsolutePath);

        // The refresh page: inside the output folder, and it sends the browser to the page on this site.
        var file = Assert.Single(files.Keys, k => k != "_redirects" && ("/" + k).Equals(alias.EndsWith('/') ? alias + "index.html" : alias, StringComparison.Ordinal));
        var output = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "pv-output")) + Path.DirectorySeparatorChar;
        Assert.StartsWith(output, Path.GetFullPath(Path.Combine(output, file)), StringComparison.Ordinal);
        var refresh = Html.ParseDocument(files[file]);
        Assert.Equal($"0; url={LinkRoot}{target.Path}", refresh.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal(new Uri(site, LinkRoot + target.Path).AbsoluteUri, refresh.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    private static void AssertShadowsNothing(string alias, ContentSet content)
    {
        var file = alias.EndsWith('/') ? alias + "index.html" : alias;
        Assert.False(Published.Value.ContainsKey(file), $"The alias '{alias}' replaces the published file {file}");
        Assert.DoesNotContain(Published.Value.Keys, published => file.StartsWith(published + "/", StringComparison.OrdinalIgnoreCase));
        var page = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? file[..file.LastIndexOf('.')] + "/index.html" : file;
        Assert.False(Published.Value.ContainsKey(page), $"The alias '{alias}' serves the same page as the published {page}");
        Assert.DoesNotContain(content.Documents.Select(d => d.Path), p => p.Equals(alias, StringComparison.OrdinalIgnoreCase));
        var first = alias.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        Assert.False(first is "gemeenten" or "doelgroepen" or "participatieniveaus" or "werkvormen" or "zoeken" or "api" or "assets" or "admin" or "feed.xml",
            $"The alias '{alias}' lies in a folder of pages the site makes itself");
        Assert.DoesNotContain(alias.Split('/'), part => part.StartsWith('_') || part.StartsWith('.'));
    }
}
