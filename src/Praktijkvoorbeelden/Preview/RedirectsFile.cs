namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// Reads a Netlify <c>_redirects</c> file (<c>from to [status][!]</c> per line) from the built site,
/// which is where the build puts the 301s for <c>aliassen</c>.
/// </summary>
internal static class RedirectsFile
{
    public static IReadOnlyList<RedirectRule> Load(string folder)
    {
        var path = Path.Combine(folder, "_redirects");
        if (!File.Exists(path))
        {
            return [];
        }

        var rules = new List<RedirectRule>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#'))
            {
                continue;
            }

            var status = parts.Length > 2 ? parts[2] : "301";
            var force = status.EndsWith('!');
            rules.Add(new RedirectRule(parts[0], parts[1], int.TryParse(status.TrimEnd('!'), out var code) ? code : 301, force));
        }

        return rules;
    }
}
