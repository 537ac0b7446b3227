using Lucene.Net.Store;

namespace Praktijkvoorbeelden.Search.Storage;

/// <summary>
/// A read-only Lucene directory over the index files as the browser fetched them: nothing is
/// copied, and every read (the compound file's parts included) reads the array directly.
/// Lucene's RAMDirectory copies each file into blocks when it opens, and reads a part of a compound
/// file through two buffers; in the browser (interpreted .NET) both showed in opening the engine
/// and in every search.
/// </summary>
internal sealed class ByteArrayDirectory : BaseDirectory
{
    private readonly IReadOnlyDictionary<string, byte[]> _files;

    public ByteArrayDirectory(IReadOnlyDictionary<string, byte[]> files)
    {
        _files = files;
        SetLockFactory(NoLockFactory.GetNoLockFactory());
    }

    public override string[] ListAll() => [.. _files.Keys];

    [Obsolete("Lucene's own obsolete member; implemented because it is abstract.")]
    public override bool FileExists(string name) => _files.ContainsKey(name);

    public override long FileLength(string name) => File(name).Length;

    public override IndexInput OpenInput(string name, IOContext context) => new ByteArrayIndexInput(name, File(name), 0, File(name).Length);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(name, File(name));

    public override void DeleteFile(string name) => throw ReadOnly();

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void Sync(ICollection<string> names)
    {
        // Nothing is ever written.
    }

    protected override void Dispose(bool disposing) => IsOpen = false;

    private byte[] File(string name) =>
        _files.TryGetValue(name, out var bytes) ? bytes : throw new FileNotFoundException($"The index has no file {name}.", name);

    private static NotSupportedException ReadOnly() => new("The index in the browser is read-only.");

    private sealed class Slicer(string name, byte[] bytes) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new ByteArrayIndexInput($"{name} [{sliceDescription}]", bytes, checked((int)offset), checked((int)length));

        [Obsolete("Lucene's own obsolete member; implemented because it is abstract.")]
        public override IndexInput OpenFullSlice() => new ByteArrayIndexInput(name, bytes, 0, bytes.Length);

        protected override void Dispose(bool disposing)
        {
            // The array belongs to the directory.
        }
    }
}
