using System.Collections.Concurrent;

namespace Praktijkvoorbeelden.Site.Diagnostics;

/// <summary>
/// Collects every diagnostic of a run, so a contributor sees all problems at once instead of
/// one per build. Thread-safe: pages are rendered in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    public void Error(string file, int line, int column, string message, string? fix = null)
    {
        _items.Enqueue(new Diagnostic(Severity.Error, file, line, column, message, fix));
        Interlocked.Increment(ref _errorCount);
    }

    public void Warning(string file, int line, int column, string message, string? fix = null) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, file, line, column, message, fix));

    public void AddRange(DiagnosticBag other)
    {
        foreach (var item in other._items)
        {
            _items.Enqueue(item);
            if (item.Severity == Severity.Error)
            {
                Interlocked.Increment(ref _errorCount);
            }
        }
    }

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount => Volatile.Read(ref _errorCount);

    /// <summary>All diagnostics, sorted by file and position for a stable, readable report.</summary>
    public IReadOnlyList<Diagnostic> Items => _items
        .OrderBy(d => d.File, StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
