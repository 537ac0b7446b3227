using Lucene.Net.Store;

namespace Praktijkvoorbeelden.Search.Storage;

/// <summary>A file, or a part of a compound file, read straight from an array (see <see cref="ByteArrayDirectory"/>).</summary>
internal sealed class ByteArrayIndexInput : IndexInput
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _end;
    private int _position;

    public ByteArrayIndexInput(string description, byte[] bytes, int start, int length)
        : base(description)
    {
        if (start < 0 || length < 0 || start + length > bytes.Length)
        {
            // A damaged compound file can point outside itself: as Lucene does, an I/O error.
            throw new IOException($"{description}: slice {start}+{length} outside a file of {bytes.Length} bytes.");
        }

        _bytes = bytes;
        _start = start;
        _end = start + length;
        _position = start;
    }

    public override long Position => _position - _start;

    public override long Length => _end - _start;

    public override byte ReadByte() =>
        _position < _end ? _bytes[_position++] : throw new EndOfStreamException($"Read past the end of {this}.");

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _end - _position)
        {
            throw new EndOfStreamException($"Read past the end of {this}.");
        }

        Buffer.BlockCopy(_bytes, _position, b, offset, len);
        _position += len;
    }

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > Length)
        {
            throw new EndOfStreamException($"Seek to {pos} outside {this} ({Length} bytes).");
        }

        _position = _start + (int)pos;
    }

    // A clone reads on independently, from the same place: Lucene clones inputs for each reader of a file.
    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // The array belongs to the directory.
    }
}
