using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Render;

/// <summary>
/// The site paths a link in the content may point to, known right after parsing. Some pages are
/// made from the front matter of voorbeelden (a gemeente page exists because a voorbeeld names the
/// gemeente); while some voorbeelden were rejected, links into those folders cannot be judged and
/// are let through, so a broken front matter never causes a "page does not exist" elsewhere.
/// </summary>
public sealed class LinkTargets(ISet<string> knownPaths, IReadOnlyCollection<string> unsureFolders)
{
    public LinkTargets(ISet<string> knownPaths)
        : this(knownPaths, [])
    {
    }

    /// <param name="path">A site path without query or anchor, ending in / unless it names a file.</param>
    public bool Exists(string path) =>
        knownPaths.Contains(path) || unsureFolders.Any(f => path.Length > f.Length && path.StartsWith(f, StringComparison.Ordinal));

    public string? Closest(string path) => Suggestions.Closest(path, knownPaths);
}
