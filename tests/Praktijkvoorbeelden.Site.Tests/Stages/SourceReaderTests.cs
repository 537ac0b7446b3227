using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>The read stage: input/ overrides theme/ file by file; files and folders starting with _ are not pages.</summary>
public sealed class SourceReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pv-read-").FullName;

    private string Input => Path.Combine(_root, "input");

    private string Theme => Path.Combine(_root, "theme");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_in_input_replaces_the_theme_file_with_the_same_path()
    {
        Write(Theme, "_layouts/base.liquid", "thema");
        Write(Input, "_layouts/base.liquid", "eigen");
        Write(Theme, "assets/css/site.css", "thema");
        Write(Input, "assets/css/site.css", "eigen");

        var sources = SourceReader.Read(Input, Theme);

        var template = Assert.Single(sources.Templates);
        Assert.Equal(SourceOrigin.Input, template.Origin);
        Assert.Equal("eigen", File.ReadAllText(template.FullPath));
        Assert.Equal("input/_layouts/base.liquid", template.DisplayPath);
        var css = Assert.Single(sources.Assets);
        Assert.Equal("eigen", File.ReadAllText(css.FullPath));
    }

    [Fact]
    public void Theme_files_that_input_does_not_replace_are_kept()
    {
        Write(Theme, "_layouts/base.liquid", "thema");
        Write(Theme, "_includes/kop.liquid", "thema");
        Write(Input, "_includes/kop.liquid", "eigen");

        var sources = SourceReader.Read(Input, Theme);

        Assert.Equal(["_includes/kop.liquid", "_layouts/base.liquid"], sources.Templates.Select(t => t.RelativePath));
        Assert.Equal([SourceOrigin.Input, SourceOrigin.Theme], sources.Templates.Select(t => t.Origin));
    }

    [Fact]
    public void Files_and_folders_starting_with_an_underscore_are_not_pages()
    {
        Write(Input, "over.md", "---\ntitel: Over\n---\n");
        Write(Input, "voorbeelden/echt.md", "x");
        Write(Input, "voorbeelden/_klad.md", "x");
        Write(Input, "_concept/idee.md", "x");
        Write(Input, "themas/_oud/thema.md", "x");

        var sources = SourceReader.Read(Input, Theme);

        Assert.Equal(["over.md", "voorbeelden/echt.md"], sources.Markdown.Select(m => m.RelativePath));
        Assert.DoesNotContain(sources.Assets, a => a.RelativePath.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public void Vocabularies_come_from_the_data_folder()
    {
        Write(Input, "_data/doelgroepen.yml", "[]");
        Write(Input, "_data/werkvormen.yaml", "[]");
        Write(Input, "_data/leesmij.txt", "x");

        var sources = SourceReader.Read(Input, Theme);

        Assert.Equal(["_data/doelgroepen.yml", "_data/werkvormen.yaml"], sources.Data.Select(d => d.RelativePath));
        Assert.Empty(sources.Assets);
    }

    [Fact]
    public void Hidden_files_of_editors_and_systems_are_never_part_of_the_site()
    {
        Write(Input, ".DS_Store", "x");
        Write(Input, "assets/.gitkeep", "");
        Write(Input, ".git/config", "x");
        Write(Input, "assets/img/foto.png", "png");

        var sources = SourceReader.Read(Input, Theme);

        Assert.Equal(["assets/img/foto.png"], sources.Assets.Select(a => a.RelativePath));
    }

    [Fact]
    public void Missing_folders_give_an_empty_site_instead_of_a_crash()
    {
        var sources = SourceReader.Read(Path.Combine(_root, "bestaat-niet"), Path.Combine(_root, "ook-niet"));

        Assert.Equal(0, sources.Count);
    }

    private static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
