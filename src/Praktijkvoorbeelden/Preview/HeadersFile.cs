namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// Reads a Netlify <c>_headers</c> file from the built site: a path pattern on a line of its own,
/// then its headers indented below it as <c>Name: value</c>. A deploy preview build writes one
/// (<c>build --noindex</c>) because rules in netlify.toml cannot differ per deploy context.
/// </summary>
internal static class HeadersFile
{
    public static IReadOnlyList<HeaderRule> Load(string folder)
    {
        var path = Path.Combine(folder, "_headers");
        if (!File.Exists(path))
        {
            return [];
        }

        var rules = new List<HeaderRule>();
        Dictionary<string, string>? values = null;
        foreach (var line in File.ReadLines(path))
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                rules.Add(new HeaderRule(text, values));
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (values is null || colon <= 0)
            {
                continue; // a header without a path, or not a header: Netlify ignores it too
            }

            var (name, value) = (text[..colon].Trim(), text[(colon + 1)..].Trim());
            // The same header twice under one path becomes one comma-separated value, as on Netlify.
            values[name] = values.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        return rules;
    }
}
