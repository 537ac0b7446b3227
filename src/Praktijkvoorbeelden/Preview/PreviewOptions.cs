using System.IO.Compression;

namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// What the preview server serves: a built site folder, under <paramref name="LinkRoot"/>
/// ("" or "/pv"), on 127.0.0.1:<paramref name="Port"/> (0 picks a free port), with the
/// headers and redirects of netlify.toml when given. Responses are compressed on the fly like
/// Netlify's; <paramref name="Compression"/> trades speed (preview) for bytes (benchmarks).
/// </summary>
internal sealed record PreviewOptions(string Folder, string LinkRoot, int Port, NetlifyConfig? Netlify, bool LiveReload,
    CompressionLevel Compression = CompressionLevel.Fastest);
