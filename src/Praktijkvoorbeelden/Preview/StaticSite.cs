using Microsoft.AspNetCore.StaticFiles;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>Maps request paths onto the built site folder the way Netlify does (pretty URLs, 404.html).</summary>
internal sealed class StaticSite(string folder)
{
    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The file for a site path, or null. Never leaves the site folder.</summary>
    public string? FileFor(string sitePath)
    {
        var relative = Uri.UnescapeDataString(sitePath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(Folder, relative));
        return full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>True when <paramref name="sitePath"/> names a folder with an index page but lacks the slash.</summary>
    public bool NeedsTrailingSlash(string sitePath) =>
        !sitePath.EndsWith('/') && FileFor(sitePath) is null && FileFor(sitePath + "/") is not null;

    public static string ContentTypeOf(string file) =>
        Types.TryGetContentType(file, out var type)
            ? type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
                ? type + "; charset=utf-8"
                : type
            : "application/octet-stream";

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".yml"] = "text/yaml";
        return provider;
    }
}
