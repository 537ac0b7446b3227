namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// Counts the generated inputs a property really tried (CsCheck samples on several threads and
/// shrinks after a failure) and how many of them the check accepted, and prints both, so the
/// number of hostile inputs can be reported and a generator that only makes rejects is noticed.
/// </summary>
internal sealed class InputCounter(ITestOutputHelper output, string property)
{
    private long _tried;
    private long _accepted;

    public long Count => Interlocked.Read(ref _tried);

    public void Tried() => Interlocked.Increment(ref _tried);

    public void Accepted() => Interlocked.Increment(ref _accepted);

    public void Report() => output.WriteLine($"{property}: {Count} generated inputs tried, {Interlocked.Read(ref _accepted)} accepted without errors");
}
