using System.CommandLine;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>`check`: runs every check of a build, including links, and writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("check", "Controleer de inhoud zonder de site te schrijven.");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var outcome = SiteBuilder.Build(common.BuildOptions(result, output: null, checkOnly: true));
            DiagnosticPrinter.Print(outcome.Diagnostics, outcome.Succeeded ? Console.Out : Console.Error);
            if (!outcome.Succeeded)
            {
                return 1;
            }

            if (common.VerbosityOf(result) != Verbosity.Quiet)
            {
                Console.WriteLine($"Alles in orde: {outcome.PageCount} pagina's gecontroleerd.");
            }

            return 0;
        });
        return command;
    }
}
