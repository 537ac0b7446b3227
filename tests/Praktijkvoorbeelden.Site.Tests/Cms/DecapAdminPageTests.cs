using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Tests.Support;
using Praktijkvoorbeelden.Site.Verify;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>The editor's page works under a sub-path and under the site's rules for scripts and styles.</summary>
public sealed class DecapAdminPageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_admin_page_loads_script_and_config_from_this_site_under_LinkRoot_without_inline_code()
    {
        var config = new GeneratedConfig("/pv");
        var page = new HtmlParser().ParseDocument(DecapAdminPage.Create(config.Settings));

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        var script = Assert.Single(page.Scripts);
        Assert.Equal("/pv/admin/decap-cms.js", script.Source);
        Assert.Empty(script.TextContent);
        Assert.Equal("/pv/admin/config.yml", page.QuerySelector("link[rel=cms-config-url]")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }

    [Fact]
    public void A_site_built_under_a_sub_path_with_the_editor_files_passes_the_link_check()
    {
        _site.BuildSucceeded("/pv");
        var config = new GeneratedConfig("/pv");
        foreach (var file in DecapCms.Files(config.Content, config.Settings, GeneratedConfig.RepositoryName))
        {
            File.WriteAllText(Path.Combine(_site.Output, file.RelativePath), file.Content);
        }

        var files = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(_site.Output, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(_site.Output, f.TrimStart('/'))))).ToList();

        var diagnostics = new DiagnosticBag();
        LinkVerifier.Verify(pages, files, "/pv", diagnostics);

        Assert.True(File.Exists(Path.Combine(_site.Output, "admin", "decap-cms.js")), "theme/admin/decap-cms.js is published with the site");
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
    }

    [Theory]
    [InlineData(DecapFields.MinYear, true)]
    [InlineData(DecapFields.MaxYear, true)]
    [InlineData(DecapFields.MinYear - 1, false)]
    [InlineData(DecapFields.MaxYear + 1, false)]
    public void The_editor_allows_the_same_years_as_the_build(int year, bool accepted)
    {
        _site.Replace("voorbeelden/eerste-voorbeeld.md", "jaar: 2015", $"jaar: {year}");

        Assert.Equal(accepted, _site.Build(checkOnly: true).Succeeded);
    }
}
