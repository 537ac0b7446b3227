namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// A text made only when it is first read. A field given this reader is put together on the thread
/// that reads it (the index writer's), not on the thread that built the document: see
/// <see cref="SearchIndexBuilder"/>, where this evens out the work of its two threads.
/// </summary>
internal sealed class DeferredText(Func<string> make) : TextReader
{
    private StringReader? _text;

    private StringReader Text => _text ??= new StringReader(make());

    public override int Peek() => Text.Peek();

    public override int Read() => Text.Read();

    public override int Read(char[] buffer, int index, int count) => Text.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Text.Read(buffer);

    public override string ReadToEnd() => Text.ReadToEnd();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text?.Dispose();
        }

        base.Dispose(disposing);
    }
}
