using Praktijkvoorbeelden.Site.Layout;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>
/// CSS and JavaScript are published under a content hash, so they can be cached forever and a
/// change still reaches every visitor; images and downloads keep a permanent plain address.
/// </summary>
public sealed class AssetManifestTests : IDisposable
{
    private readonly string _theme = Directory.CreateTempSubdirectory("pv-assets-").FullName;

    public AssetManifestTests()
    {
        Write("assets/css/site.css", "body { color: black; }");
        Write("assets/css/print.css", "@media print { a { color: black; } }");
        Write("assets/js/zoeken.js", "export const x = 1;");
        Write("assets/img/logo.png", "png");
        Write("assets/downloads/handreiking.pdf", "pdf");
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void Css_and_js_live_under_a_hash_folder_and_keep_their_relative_layout()
    {
        var manifest = Manifest();

        Assert.Equal($"/assets/h/{manifest.Hash}/css/site.css", manifest.SitePathOf("assets/css/site.css"));
        Assert.Equal($"/assets/h/{manifest.Hash}/js/zoeken.js", manifest.SitePathOf("/assets/js/zoeken.js"));
        Assert.Matches("^[0-9a-f]{8,}$", manifest.Hash);
    }

    [Fact]
    public void Images_and_downloads_keep_their_plain_path()
    {
        var manifest = Manifest();

        Assert.Equal("/assets/img/logo.png", manifest.SitePathOf("assets/img/logo.png"));
        Assert.Equal("/assets/downloads/handreiking.pdf", manifest.SitePathOf("assets/downloads/handreiking.pdf"));
    }

    [Fact]
    public void Changing_a_css_file_changes_the_published_path_of_every_fingerprinted_file()
    {
        var before = Manifest();
        Write("assets/css/print.css", "@media print { a { color: blue; } }");

        var after = Manifest();

        Assert.NotEqual(before.SitePathOf("assets/css/site.css"), after.SitePathOf("assets/css/site.css"));
        Assert.NotEqual(before.SitePathOf("assets/js/zoeken.js"), after.SitePathOf("assets/js/zoeken.js"));
        Assert.Equal(before.SitePathOf("assets/img/logo.png"), after.SitePathOf("assets/img/logo.png"));
    }

    [Fact]
    public void Renaming_a_css_file_changes_the_hash_too()
    {
        var before = Manifest();
        File.Move(Path.Combine(_theme, "assets/css/print.css"), Path.Combine(_theme, "assets/css/afdruk.css"));

        Assert.NotEqual(before.Hash, Manifest().Hash);
    }

    [Fact]
    public void The_same_files_give_the_same_hash_so_unchanged_sites_stay_cached()
    {
        Assert.Equal(Manifest().Hash, Manifest().Hash);
    }

    [Fact]
    public void Every_asset_is_published_once_at_its_site_path()
    {
        var manifest = Manifest();

        Assert.Equal(5, manifest.Files.Count);
        Assert.All(manifest.Files, f => Assert.Equal(manifest.SitePathOf(f.Source.RelativePath), f.SitePath));
        Assert.Equal(manifest.Files.Count, manifest.Files.Select(f => f.SitePath).Distinct(StringComparer.Ordinal).Count());
    }

    private AssetManifest Manifest() => new(SourceReader.Read(Path.Combine(_theme, "geen-input"), _theme).Assets);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_theme, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
