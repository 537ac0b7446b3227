namespace Praktijkvoorbeelden.Cli;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of changes: an editor's save often
/// writes a file several times, and one rebuild is enough.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _running;

    public SourceWatcher(IEnumerable<string> folders, Action onChange)
    {
        _timer = new Timer(_ => Fire(onChange));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _watchers.ForEach(w => w.Dispose());
    }

    private void Schedule() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private void Fire(Action onChange)
    {
        lock (_gate)
        {
            if (_running)
            {
                Schedule(); // a change arrived during a rebuild: build once more afterwards
                return;
            }

            _running = true;
        }

        try
        {
            onChange();
        }
        finally
        {
            lock (_gate)
            {
                _running = false;
            }
        }
    }
}
