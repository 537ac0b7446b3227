using System.CommandLine;
using System.Diagnostics;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>`build [--output DIR] [--noindex]`: writes the site and exits; 1 on any error, with the old output untouched.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Map voor de gebouwde site (standaard OutputPath uit statiq.json)." };
        var noIndex = new Option<bool>("--noindex") { Description = "Zoekmachines mogen deze versie niet opnemen. Voor de voorbeeldversie van een pull request." };
        var command = new Command("build", "Bouw de site uit input/ en theme/.");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(noIndex);
        command.SetAction(result => Run(common.BuildOptions(result, result.GetValue(output), checkOnly: false) with { NoIndex = result.GetValue(noIndex) }, common.VerbosityOf(result)));
        return command;
    }

    public static int Run(BuildOptions options, Verbosity verbosity)
    {
        var watch = Stopwatch.StartNew();
        if (verbosity != Verbosity.Quiet)
        {
            Console.WriteLine("Site bouwen...");
        }

        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result.Diagnostics, result.Succeeded ? Console.Out : Console.Error);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("De site is niet gebouwd. De vorige versie in de uitvoermap is niet veranderd.");
            return 1;
        }

        if (verbosity != Verbosity.Quiet)
        {
            Console.WriteLine($"Klaar: {result.PageCount} pagina's in {result.OutputDirectory} ({watch.ElapsedMilliseconds} ms).");
        }

        return 0;
    }
}
