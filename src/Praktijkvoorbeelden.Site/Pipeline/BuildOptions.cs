using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>
/// What to build: the repository root (with statiq.json, input/ and theme/), optional
/// overrides, and where the published search engine is. <see cref="CheckOnly"/> stops before
/// anything is written.
/// </summary>
public sealed record BuildOptions
{
    public required string RootDirectory { get; init; }
    public string? InputDirectory { get; init; }
    public string? ThemeDirectory { get; init; }
    public string? OutputDirectory { get; init; }
    public Func<SiteSettings, SiteSettings>? OverrideSettings { get; init; }

    /// <summary>The folder holding the WebAssembly engine's _framework folder; null builds without the engine files.</summary>
    public string? SearchEngineDirectory { get; init; }
    public bool CheckOnly { get; init; }

    /// <summary>
    /// For deploy previews: also write a Netlify <c>_headers</c> file that asks search engines not to
    /// index any file of this build (<c>X-Robots-Tag: noindex</c>).
    /// </summary>
    public bool NoIndex { get; init; }
    public IBuildLog Log { get; init; } = SilentLog.Instance;

    public string Input => InputDirectory ?? Path.Combine(RootDirectory, "input");
    public string Theme => ThemeDirectory ?? Path.Combine(RootDirectory, "theme");
}
