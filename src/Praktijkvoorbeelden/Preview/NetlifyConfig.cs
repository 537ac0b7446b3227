using Tomlyn;
using Tomlyn.Model;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// The parts of netlify.toml that change what a browser sees: header rules and redirects.
/// The preview server applies them so that local pages and browser tests run under the
/// same Content-Security-Policy as the live site.
/// </summary>
internal sealed record NetlifyConfig(IReadOnlyList<HeaderRule> Headers, IReadOnlyList<RedirectRule> Redirects)
{
    public static NetlifyConfig Load(string path) => Parse(File.ReadAllText(path));

    public static NetlifyConfig Parse(string toml)
    {
        var model = TomlSerializer.Deserialize<TomlTable>(toml)!;
        var headers = Tables(model, "headers")
            .Select(t => new HeaderRule(
                (string)t["for"],
                t.TryGetValue("values", out var v) && v is TomlTable values
                    ? values.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase)
                    : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)))
            .ToList();
        var redirects = Tables(model, "redirects")
            .Select(t => new RedirectRule(
                (string)t["from"],
                (string)t["to"],
                t.TryGetValue("status", out var s) ? Convert.ToInt32(s, System.Globalization.CultureInfo.InvariantCulture) : 301,
                t.TryGetValue("force", out var f) && f is true))
            .ToList();
        return new NetlifyConfig(headers, redirects);
    }

    /// <summary>The headers of every rule whose path pattern matches; later rules win, as on Netlify.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string sitePath) => HeadersFor(Headers, sitePath);

    /// <summary>
    /// The headers of every matching rule in <paramref name="rules"/>, later rules winning. Netlify
    /// reads a <c>_headers</c> file before netlify.toml, so pass those rules first.
    /// </summary>
    public static IReadOnlyDictionary<string, string> HeadersFor(IEnumerable<HeaderRule> rules, string sitePath)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => PathPattern.Matches(r.For, sitePath)))
        {
            foreach (var (name, value) in rule.Values)
            {
                result[name] = value;
            }
        }

        return result;
    }

    private static TomlTableArray Tables(TomlTable model, string key) =>
        model.TryGetValue(key, out var value) && value is TomlTableArray array ? array : [];
}

internal sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values);

internal sealed record RedirectRule(string From, string To, int Status, bool Force);
