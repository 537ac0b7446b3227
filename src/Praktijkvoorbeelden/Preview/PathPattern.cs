using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>Netlify's path patterns: <c>*</c> matches any characters, slashes included (<c>/*</c>, <c>/*.wasm</c>).</summary>
internal static class PathPattern
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool Matches(string pattern, string path) =>
        pattern.Contains('*', StringComparison.Ordinal)
            ? Compiled.GetOrAdd(pattern, p => new Regex("^" + string.Join(".*", p.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant)).IsMatch(path)
            : string.Equals(pattern.TrimEnd('/'), path.TrimEnd('/'), StringComparison.Ordinal);
}
