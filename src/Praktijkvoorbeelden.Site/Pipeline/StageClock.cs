using System.Diagnostics;

namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>Times each stage and reports it to the log as it finishes.</summary>
internal sealed class StageClock(IBuildLog log)
{
    private readonly List<(string, TimeSpan)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Run<T>(string name, Func<T> stage, Func<T, string> detail)
    {
        var watch = Stopwatch.StartNew();
        var result = stage();
        watch.Stop();
        _stages.Add((name, watch.Elapsed));
        log.Stage(name, watch.Elapsed, detail(result));
        return result;
    }
}
