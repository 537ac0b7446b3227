namespace Praktijkvoorbeelden.Cli.Preview;

/// <summary>
/// What the preview server serves: a built site folder, under <paramref name="LinkRoot"/>
/// ("" or "/pv"), on 127.0.0.1:<paramref name="Port"/> (0 picks a free port), with the
/// headers and redirects of netlify.toml when given.
/// </summary>
internal sealed record PreviewOptions(string Folder, string LinkRoot, int Port, NetlifyConfig? Netlify, bool LiveReload);
