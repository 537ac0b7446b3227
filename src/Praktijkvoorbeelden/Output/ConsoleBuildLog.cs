using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Cli.Output;

/// <summary>Prints each stage with its time; --quiet prints nothing but problems, --verbose more detail.</summary>
internal sealed class ConsoleBuildLog(Verbosity verbosity) : IBuildLog
{
    public void Stage(string name, TimeSpan elapsed, string detail)
    {
        if (verbosity != Verbosity.Quiet)
        {
            Console.WriteLine($"  {name,-14} {elapsed.TotalMilliseconds,7:0} ms  {detail}");
        }
    }

    public void Verbose(string message)
    {
        if (verbosity == Verbosity.Verbose)
        {
            Console.WriteLine($"    {message}");
        }
    }
}

internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
