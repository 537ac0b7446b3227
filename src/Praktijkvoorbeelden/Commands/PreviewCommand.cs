using System.CommandLine;
using Praktijkvoorbeelden.Cli.Output;
using Praktijkvoorbeelden.Cli.Preview;

namespace Praktijkvoorbeelden.Cli.Commands;

/// <summary>
/// `preview`: builds the site, serves it at http://localhost:5080 under the headers and
/// redirects of netlify.toml, and rebuilds and reloads the open page when input/ or theme/ change.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Poort van de server.", DefaultValueFactory = _ => 5080 };
        var command = new Command("preview", "Bouw de site, bekijk hem in de browser en bouw opnieuw bij elke wijziging.");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancellation) =>
        {
            var root = RepositoryRoot.Find();
            var output = Path.Combine(root, "output");
            var options = common.BuildOptions(result, output, checkOnly: false);
            if (BuildCommand.Run(options, common.VerbosityOf(result)) != 0 && !Directory.Exists(output))
            {
                Console.Error.WriteLine("Los de fouten op; de preview start zodra de site een keer gebouwd is.");
            }

            Directory.CreateDirectory(output);
            var netlifyToml = Path.Combine(root, "netlify.toml");
            var linkRoot = options.OverrideSettings?.Invoke(new Site.Settings.SiteSettings()).LinkRoot
                ?? Site.Settings.SettingsLoader.Load(root, new Site.Diagnostics.DiagnosticBag()).LinkRoot;
            await using var server = await PreviewServer.StartAsync(new PreviewOptions(
                output, linkRoot, result.GetValue(port), File.Exists(netlifyToml) ? NetlifyConfig.Load(netlifyToml) : null, LiveReload: true), cancellation);
            Console.WriteLine($"Preview: {server.BaseAddress}  (stop met Ctrl+C)");

            using var watcher = new SourceWatcher([options.Input, options.Theme], () =>
            {
                Console.WriteLine("Wijziging gezien, opnieuw bouwen...");
                if (BuildCommand.Run(options, common.VerbosityOf(result)) == 0)
                {
                    server.NotifyReload();
                }
            });
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop quietly.
            }

            return 0;
        });
        return command;
    }
}
