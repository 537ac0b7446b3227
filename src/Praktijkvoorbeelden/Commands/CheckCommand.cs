using System.CommandLine;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>`check`: runs every check of a build, including links, and writes nothing; 1 on any error, 0 with only warnings.</summary>
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
                // Warnings do not fail the check, but "alles in orde" would tell the contributor to ignore them.
                var warnings = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
                Console.WriteLine(warnings == 0
                    ? $"Alles in orde: {outcome.PageCount} pagina's gecontroleerd."
                    : $"Geen fouten: {outcome.PageCount} pagina's gecontroleerd. Kijk nog wel naar {(warnings == 1 ? "de waarschuwing" : $"de {warnings} waarschuwingen")} hierboven.");
            }

            return 0;
        });
        return command;
    }
}
