using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>One build of the real input/ into a temporary folder, shared by the tests of a class.</summary>
public sealed class RealSiteBuild : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "pv-real-" + Guid.NewGuid().ToString("N"));

    public RealSiteBuild()
    {
        var result = SiteBuilder.Build(new BuildOptions { RootDirectory = Repository.Root, OutputDirectory = _output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        PublicUrls = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => PublicUrl(Path.GetRelativePath(_output, f).Replace('\\', '/')))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        Redirects = File.ReadAllLines(Path.Combine(_output, "_redirects"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length >= 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    public HashSet<string> PublicUrls { get; }

    /// <summary>From _redirects: old URL -> new URL.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    /// <summary>
    /// The URL a visitor or another site uses for an output file, or null for files that are not
    /// linked from outside: content-hashed files (their names change by design), the search index,
    /// the 404 page, Netlify's own files and the build's marker file (Netlify does not publish
    /// files that start with a dot, other than .well-known).
    /// </summary>
    private static string? PublicUrl(string relativePath)
    {
        string[] internalPrefixes = ["assets/", "zoeken/index/", "zoeken/tekst/", "zoeken/engine/", "admin/"];
        if (internalPrefixes.Any(p => relativePath.StartsWith(p, StringComparison.Ordinal)) ||
            relativePath is "404.html" or "_redirects" or "_headers" or OutputMarker.FileName)
        {
            return null;
        }

        return relativePath == "index.html" ? "/"
            : relativePath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + relativePath[..^"index.html".Length]
            : "/" + relativePath;
    }
}
