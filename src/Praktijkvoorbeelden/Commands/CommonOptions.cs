using System.CommandLine;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>Options shared by build, check and preview.</summary>
internal sealed class CommonOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Toon alleen fouten en waarschuwingen." };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Toon meer details." };
    public Option<string?> LinkRoot { get; } = new("--link-root") { Description = "Overschrijf LinkRoot uit statiq.json, bijvoorbeeld /pv." };

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Options.Add(LinkRoot);
    }

    public Verbosity VerbosityOf(ParseResult result) =>
        result.GetValue(Quiet) ? Verbosity.Quiet : result.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public BuildOptions BuildOptions(ParseResult result, string? output, bool checkOnly)
    {
        var linkRoot = result.GetValue(LinkRoot);
        return new BuildOptions
        {
            RootDirectory = RepositoryRoot.Find(),
            OutputDirectory = output,
            CheckOnly = checkOnly,
            SearchEngineDirectory = RepositoryRoot.SearchEngine(),
            OverrideSettings = linkRoot is null ? null : s => s with { LinkRoot = SettingsCatalog.NormaliseLinkRoot(linkRoot) },
            Log = new ConsoleBuildLog(VerbosityOf(result)),
        };
    }
}
