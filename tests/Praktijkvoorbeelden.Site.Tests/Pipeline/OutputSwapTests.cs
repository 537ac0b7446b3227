using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Pipeline;

/// <summary>The write stage: a failed build never touches the published output; a good one replaces it whole.</summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly TestSite _site = new("compleet");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string, string> Failures => new()
    {
        // Stops while parsing: nothing has been written yet.
        { "voorbeelden/jij-meter.md", "status: structureel", "status: bezig", "statussen" },
        // Stops at the link check: the new site was already written to a staging folder.
        { "over.md", "De redactie.", "Zie [de aanpak](/voorbeelden/jij-meter/#bestaat-niet).", "#bestaat-niet" },
        // A broken template.
        { "_layouts/pagina.liquid", "", "<h1>{{ page.title }</h1>", "Liquid" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_and_no_leftovers(string file, string oldText, string newText, string reported)
    {
        _site.BuildSucceeded();
        var before = Snapshot();
        var entriesBefore = RootEntries();
        if (oldText.Length == 0)
        {
            _site.Write(file, newText);
        }
        else
        {
            _site.Replace(file, oldText, newText);
        }

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(reported, StringComparison.Ordinal));
        Assert.Null(result.OutputDirectory);
        Assert.Equal(before, Snapshot());
        Assert.Equal(entriesBefore, RootEntries());
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_at_all()
    {
        _site.Replace("voorbeelden/jij-meter.md", "status: structureel", "status: bezig");

        Assert.False(_site.Build().Succeeded);

        Assert.False(Directory.Exists(_site.Output));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output*"));
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_output_so_removed_content_disappears()
    {
        _site.BuildSucceeded();
        Assert.True(File.Exists(Path.Combine(_site.Output, "voorbeelden/rotterdam-taskforce/index.html")));
        File.WriteAllText(Path.Combine(_site.Output, "handmatig.txt"), "niet van de build");

        File.Delete(Path.Combine(_site.Input, "voorbeelden/rotterdam-taskforce.md"));
        _site.BuildSucceeded();

        var files = _site.OutputFiles();
        Assert.DoesNotContain(files, f => f.StartsWith("/voorbeelden/rotterdam-taskforce/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("/gemeenten/rotterdam/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("/voorbeelden/oude-taskforce/", StringComparison.Ordinal)); // its alias
        Assert.DoesNotContain("/handmatig.txt", files);
        Assert.DoesNotContain("rotterdam-taskforce", _site.OutputText("_redirects"), StringComparison.Ordinal);
        Assert.DoesNotContain("rotterdam-taskforce", _site.OutputText("voorbeelden/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("rotterdam-taskforce", _site.OutputText("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_successful_rebuild_shows_a_changed_title_everywhere()
    {
        _site.BuildSucceeded();
        _site.Replace("voorbeelden/jij-meter.md", "titel: De JIJ Meter meet de kwaliteit van de hulp", "titel: Een nieuwe titel voor de meetlat");

        _site.BuildSucceeded();

        Assert.Equal("Een nieuwe titel voor de meetlat", _site.Page("/voorbeelden/jij-meter/").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Een nieuwe titel voor de meetlat", _site.OutputText("voorbeelden/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("De JIJ Meter meet", _site.OutputText("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_builds_leave_no_staging_folders_behind()
    {
        _site.BuildSucceeded();
        _site.BuildSucceeded();
        _site.BuildSucceeded();

        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.building-*"));
        Assert.True(Directory.EnumerateDirectories(_site.Root, ".output.old-*").Count() <= 1, "old outputs pile up");
    }

    [Fact]
    public void Check_only_writes_nothing()
    {
        var result = _site.Build(checkOnly: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(_site.Output));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_site.Output, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(_site.Output, p),
            p => File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) + "@" + File.GetLastWriteTimeUtc(p).Ticks : "map",
            StringComparer.Ordinal);

    private List<string> RootEntries() =>
        Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Where(n => n != "input").Order(StringComparer.Ordinal).ToList()!;
}
