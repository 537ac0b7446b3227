using System.Collections.Concurrent;

namespace Praktijkvoorbeelden.Site.Write;

/// <summary>
/// The write stage: the build writes into a fresh folder next to the output and swaps it in
/// whole only when everything succeeded, so a failed build never leaves a half site and the
/// previous output stays untouched. Every output carries <see cref="OutputMarker"/>, and only a
/// folder with it is ever moved aside or deleted; <see cref="OutputFolderGuard"/> tells the
/// contributor before the build starts.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);
    private readonly Task _cleanup;
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_target)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        OutputMarker.WriteInto(Root);

        // Deleting a previous output takes as long as writing one; do it while this build works.
        _cleanup = Task.Run(() => DeleteLeftovers(parent, $".{Path.GetFileName(_target)}.old-"));
    }

    /// <summary>The folder being written; not the real output until <see cref="Commit"/>.</summary>
    public string Root { get; }

    /// <summary>Every file written so far, as a site path ("/voorbeelden/x/index.html").</summary>
    public ICollection<string> Files => _files.Keys;

    public void WriteText(string relativePath, string content) =>
        File.WriteAllText(Prepare(relativePath), content);

    public void WriteBytes(string relativePath, byte[] content) =>
        File.WriteAllBytes(Prepare(relativePath), content);

    public void Copy(string sourceFile, string relativePath) =>
        File.Copy(sourceFile, Prepare(relativePath), overwrite: true);

    /// <summary>
    /// Replaces the output with the staged folder: two renames, so readers never see a mix. The
    /// previous output is moved aside and deleted by the next build, in the background.
    /// </summary>
    public void Commit()
    {
        _cleanup.Wait();
        if (Directory.Exists(_target))
        {
            // The guard refused this already; this keeps someone's folder safe should a caller skip it.
            if (Directory.EnumerateFileSystemEntries(_target).Any() && !OutputMarker.IsIn(_target))
            {
                throw new InvalidOperationException($"Refusing to replace {_target}: no build made it ({OutputMarker.FileName} is missing).");
            }

            Directory.Move(_target, Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}"));
        }

        Directory.Move(Root, _target);
        _committed = true;
    }

    public void Dispose()
    {
        _cleanup.Wait();
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void DeleteLeftovers(string parent, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*").Where(OutputMarker.IsIn))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Prepare(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.TrimStart('/')));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");
        }

        var directory = Path.GetDirectoryName(full)!;
        if (_directories.TryAdd(directory, true))
        {
            Directory.CreateDirectory(directory);
        }

        _files[full[Root.Length..].Replace('\\', '/')] = true;
        return full;
    }
}
