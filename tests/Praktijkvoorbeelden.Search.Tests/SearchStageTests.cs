using System.Security.Cryptography;
using Praktijkvoorbeelden.Search.Tests.Support;

namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>What the index stage writes into the site, checked on a build of the real content.</summary>
[Collection(nameof(BuiltSite))]
public class SearchStageTests(BuiltSite site)
{
    [Fact]
    public void The_build_succeeds_and_writes_a_manifest()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal(Directory.GetFiles(Path.Combine(Repository.Root, "input", "voorbeelden"), "*.md").Length,
            site.Manifest.GetProperty("documentCount").GetInt32());
        Assert.False(string.IsNullOrEmpty(site.Manifest.GetProperty("buildId").GetString()));
    }

    [Fact]
    public void Index_files_have_content_hashed_names_next_to_the_manifest()
    {
        foreach (var file in site.Manifest.GetProperty("index").EnumerateObject())
        {
            var url = file.Value.GetString()!;
            var bytes = File.ReadAllBytes(site.FileOf(url));
            Assert.Equal($"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}.{file.Name}", url);
        }

        Assert.Contains("vocabulary.bin", site.Manifest.GetProperty("index").EnumerateObject().Select(f => f.Name));
    }

    [Fact]
    public void Every_voorbeeld_has_a_snippet_text_file_with_its_plain_text()
    {
        var texts = site.Manifest.GetProperty("texts").EnumerateObject().ToList();

        Assert.Equal(site.Manifest.GetProperty("documentCount").GetInt32(), texts.Count);
        foreach (var text in texts)
        {
            var url = text.Value.GetString()!;
            Assert.StartsWith("../tekst/", url, StringComparison.Ordinal);
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.FileOf(url))).RootElement;
            var plain = json.GetProperty(text.Name).GetString()!;
            Assert.DoesNotContain("<", plain, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", plain, StringComparison.Ordinal);
            Assert.True(plain.Length > 100, $"{text.Name} has hardly any text");
        }
    }

    [Fact]
    public void The_engine_is_copied_into_a_folder_named_after_its_content()
    {
        var engine = site.Manifest.GetProperty("engine").GetString()!;

        Assert.Matches("^\\.\\./engine/[0-9a-f]{10}/_framework/dotnet\\.js$", engine);
        Assert.Equal("// stand-in engine", File.ReadAllText(site.FileOf(engine)));
        Assert.False(File.Exists(site.FileOf(engine) + ".br"), "pre-compressed files are not published");
    }

    [Fact]
    public void The_search_page_links_the_manifest_and_the_engine()
    {
        var page = File.ReadAllText(Path.Combine(site.Output, "zoeken", "index.html"));
        var engineFolder = site.Manifest.GetProperty("engine").GetString()!.Split('/')[2];

        Assert.Contains("/zoeken/index/manifest.json", page, StringComparison.Ordinal);
        Assert.Contains($"/zoeken/engine/{engineFolder}/_framework/dotnet.js", page, StringComparison.Ordinal);
    }
}
