namespace Praktijkvoorbeelden.Site.Write;

/// <summary>
/// The write stage: the build writes into a fresh folder next to the output and swaps it in
/// whole only when everything succeeded, so a failed build never leaves a half site and the
/// previous output stays untouched.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_target)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder being written; not the real output until <see cref="Commit"/>.</summary>
    public string Root { get; }

    public void WriteText(string relativePath, string content) =>
        File.WriteAllText(Prepare(relativePath), content);

    public void WriteBytes(string relativePath, byte[] content) =>
        File.WriteAllBytes(Prepare(relativePath), content);

    public void Copy(string sourceFile, string relativePath) =>
        File.Copy(sourceFile, Prepare(relativePath), overwrite: true);

    /// <summary>Replaces the output with the staged folder: two renames, so readers never see a mix.</summary>
    public void Commit()
    {
        var old = _target + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(Root, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private string Prepare(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
