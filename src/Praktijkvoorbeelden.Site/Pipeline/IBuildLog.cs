namespace Praktijkvoorbeelden.Site.Pipeline;

/// <summary>Where the pipeline tells what it does: a console for people, a list in tests.</summary>
public interface IBuildLog
{
    void Stage(string name, TimeSpan elapsed, string detail);

    void Verbose(string message);
}

/// <summary>A log that says nothing, for tests and benchmarks.</summary>
public sealed class SilentLog : IBuildLog
{
    public static SilentLog Instance { get; } = new();

    public void Stage(string name, TimeSpan elapsed, string detail)
    {
    }

    public void Verbose(string message)
    {
    }
}
