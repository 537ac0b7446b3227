using Praktijkvoorbeelden.Cli;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>`preview` rebuilds when a file under input/ or theme/ is saved: once per burst of writes, never twice at the same time.</summary>
public sealed class SourceWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly string _input = Directory.CreateTempSubdirectory("pv-watch-input-").FullName;
    private readonly string _theme = Directory.CreateTempSubdirectory("pv-watch-theme-").FullName;

    public void Dispose()
    {
        Directory.Delete(_input, recursive: true);
        Directory.Delete(_theme, recursive: true);
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_rebuild()
    {
        var rebuilds = 0;
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new SourceWatcher([_input, _theme], () =>
        {
            Interlocked.Increment(ref rebuilds);
            first.TrySetResult();
        });

        for (var i = 0; i < 5; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(_input, "over.md"), $"versie {i}", TestContext.Current.CancellationToken);
        }

        await first.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // a second rebuild would have started by now
        Assert.Equal(1, Volatile.Read(ref rebuilds));
    }

    [Fact]
    public async Task A_save_deep_in_the_theme_is_seen()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "_layouts"));
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new SourceWatcher([_input, _theme], () => seen.TrySetResult());

        await File.WriteAllTextAsync(Path.Combine(_theme, "_layouts", "base.liquid"), "<html></html>", TestContext.Current.CancellationToken);

        await seen.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_save_during_a_rebuild_gives_one_more_rebuild_afterwards_never_two_at_once()
    {
        var running = 0;
        var overlapped = false;
        var calls = 0;
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new SourceWatcher([_input], () =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            var call = Interlocked.Increment(ref calls);
            if (call == 1)
            {
                firstStarted.TrySetResult();
                Thread.Sleep(TimeSpan.FromSeconds(1)); // a slow build
            }
            else
            {
                second.TrySetResult();
            }

            Interlocked.Decrement(ref running);
        });

        await File.WriteAllTextAsync(Path.Combine(_input, "a.md"), "1", TestContext.Current.CancellationToken);
        await firstStarted.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_input, "b.md"), "2", TestContext.Current.CancellationToken);

        await second.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.False(overlapped, "two rebuilds ran at the same time");
    }
}
