namespace Praktijkvoorbeelden.Site.Read;

public enum SourceOrigin
{
    Input,
    Theme,
}

/// <summary>
/// A file of the site after the override rule: <see cref="RelativePath"/> is the same for a
/// theme file and the input file that replaces it. <see cref="DisplayPath"/> names it the way a
/// contributor finds it in the repository ("input/voorbeelden/x.md").
/// </summary>
public sealed record SourceFile(string RelativePath, string FullPath, SourceOrigin Origin)
{
    public string DisplayPath => (Origin == SourceOrigin.Input ? "input/" : "theme/") + RelativePath;

    public string Extension => Path.GetExtension(RelativePath).ToLowerInvariant();

    /// <summary>Files and folders starting with '_' are not pages (templates, data, drafts).</summary>
    public bool IsHidden => RelativePath.Split('/').Any(part => part.StartsWith('_'));

    public string TopFolder => RelativePath.Contains('/', StringComparison.Ordinal) ? RelativePath[..RelativePath.IndexOf('/', StringComparison.Ordinal)] : "";
}
