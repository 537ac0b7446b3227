using System.Security.Cryptography;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Layout;

/// <summary>
/// Fingerprints the theme's CSS and JavaScript as one tree: they are published under
/// /assets/h/&lt;hash of all of them&gt;/..., so their relative imports keep working and every file
/// there can be cached forever. Images and downloads keep their plain, permanent /assets/ path.
/// </summary>
public sealed class AssetManifest
{
    private static readonly HashSet<string> Fingerprinted = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".mjs", ".map", ".woff", ".woff2" };

    public AssetManifest(IReadOnlyList<SourceFile> assets)
    {
        var tree = assets.Where(IsFingerprinted).OrderBy(a => a.RelativePath, StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in tree)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.RelativePath + "\n"));
            hash.AppendData(File.ReadAllBytes(file.FullPath));
        }

        Hash = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        Files = assets.Select(a => (a, OutputPathOf(a))).ToList();
    }

    public string Hash { get; }

    /// <summary>Every asset with the site path it is published at.</summary>
    public IReadOnlyList<(SourceFile Source, string SitePath)> Files { get; }

    /// <summary>"assets/css/site.css" -> "/assets/h/&lt;hash&gt;/css/site.css"; other assets keep their path.</summary>
    public string SitePathOf(string relativePath)
    {
        var clean = relativePath.TrimStart('/');
        return Fingerprinted.Contains(Path.GetExtension(clean)) && clean.StartsWith("assets/", StringComparison.Ordinal)
            ? $"/assets/h/{Hash}/{clean["assets/".Length..]}"
            : "/" + clean;
    }

    private string OutputPathOf(SourceFile file) => SitePathOf(file.RelativePath);

    private static bool IsFingerprinted(SourceFile file) =>
        file.RelativePath.StartsWith("assets/", StringComparison.Ordinal) && Fingerprinted.Contains(file.Extension);
}
