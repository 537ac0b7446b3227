namespace Praktijkvoorbeelden.Site.Read;

/// <summary>
/// Lists theme/ and input/; a file in input/ replaces the theme file with the same relative
/// path, as in Statiq. Only lists: reading and decoding happen where the text is needed.
/// </summary>
public static class SourceReader
{
    public static SourceSet Read(string inputDirectory, string themeDirectory)
    {
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        AddAll(files, themeDirectory, SourceOrigin.Theme);
        AddAll(files, inputDirectory, SourceOrigin.Input);

        var markdown = new List<SourceFile>();
        var data = new List<SourceFile>();
        var templates = new List<SourceFile>();
        var assets = new List<SourceFile>();
        foreach (var file in files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            switch (file)
            {
                case { TopFolder: "_data", Extension: ".yml" or ".yaml" }:
                    data.Add(file);
                    break;
                case { TopFolder: "_layouts" or "_includes", Extension: ".liquid" }:
                    templates.Add(file);
                    break;
                case { IsHidden: true }:
                    break;
                case { Extension: ".md" }:
                    markdown.Add(file);
                    break;
                default:
                    assets.Add(file);
                    break;
            }
        }

        return new SourceSet(markdown, data, templates, assets);
    }

    private static void AddAll(Dictionary<string, SourceFile> files, string directory, SourceOrigin origin)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue; // editor and OS files such as .DS_Store are never part of the site
            }

            files[relative] = new SourceFile(relative, path, origin);
        }
    }
}
