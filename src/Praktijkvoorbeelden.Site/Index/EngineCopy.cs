using Praktijkvoorbeelden.Site.Write;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>
/// Copies the published WebAssembly engine to /zoeken/engine/&lt;hash&gt;/, the hash taken over all
/// its files, so the whole folder can be cached forever and a new engine gets a new folder.
/// </summary>
internal static class EngineCopy
{
    /// <summary>Where the engine is expected when no published engine was given (a build without the WebAssembly step).</summary>
    public const string FallbackUrl = "/zoeken/engine/_framework/dotnet.js";

    /// <summary>Returns the site path of the copied engine's dotnet.js.</summary>
    public static string Write(string? engineDirectory, StagingFolder staging)
    {
        if (engineDirectory is null || !Directory.Exists(engineDirectory))
        {
            return FallbackUrl;
        }

        var files = Directory.EnumerateFiles(engineDirectory, "*", SearchOption.AllDirectories)
            .Where(IsServed)
            .Select(f => (Source: f, Relative: Path.GetRelativePath(engineDirectory, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (source, relative) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(source));
        }

        var folder = $"zoeken/engine/{Convert.ToHexStringLower(hash.GetHashAndReset())[..10]}";
        foreach (var (source, relative) in files)
        {
            staging.Copy(source, $"{folder}/{relative}");
        }

        return $"/{folder}/_framework/dotnet.js";
    }

    /// <summary>Pre-compressed copies are left out: Netlify compresses on the fly, and the site never sends Content-Encoding itself.</summary>
    private static bool IsServed(string file) =>
        !file.EndsWith(".br", StringComparison.Ordinal) && !file.EndsWith(".gz", StringComparison.Ordinal);
}
