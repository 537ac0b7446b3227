namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>The two parts of a Markdown file: the YAML between the --- lines and the body after it.</summary>
public sealed record SplitDocument(string Yaml, int YamlLine, string Body, int BodyLine);

public static class FrontMatterSplitter
{
    /// <summary>Returns null when the file does not start with a front-matter block.</summary>
    public static SplitDocument? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new SplitDocument(yaml, 2, body, i + 2);
            }
        }

        return null;
    }
}
